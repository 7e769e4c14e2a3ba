"""The package's own source: checks that linters do not make."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "eventwire"


def _bound_twice(path: Path) -> list[str]:
    """The names a module binds more than once at its top level (``|=`` aside), where the
    second binding silently replaces the first for every function that reads it."""
    bound: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            bound[node.name] += 1
    return sorted(name for name, count in bound.items() if count > 1)


def test_no_module_binds_a_top_level_name_twice() -> None:
    found = {
        str(path.relative_to(PACKAGE)): names
        for path in sorted(PACKAGE.rglob("*.py"))
        if (names := _bound_twice(path))
    }
    assert found == {}


def test_a_name_bound_twice_is_found(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text('WORDS = {"a"}\nWORDS |= {"b"}\nVERBS = {"c"}\nVERBS = {"d"}\n')
    assert _bound_twice(module) == ["VERBS"]
