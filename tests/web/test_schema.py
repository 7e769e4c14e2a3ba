"""schemathesis against the OpenAPI spec: generated requests, valid and invalid, to every
operation, bounded in examples; no server error, and every answer as the spec says."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("schemathesis")
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from eventwire.web import create_app
from tests.web.stores import build_store

pytestmark = pytest.mark.slow
TOKEN = "schema-test-token"
BOUNDS = settings(
    max_examples=30, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)


@pytest.fixture(scope="module")
def operations(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("schema") / "events.duckdb")
    api = schemathesis.openapi.from_asgi("/openapi.json", create_app(db, token=TOKEN))
    return [result.ok() for result in api.get_all_operations()]


def test_the_spec_lists_every_route(operations):
    labels = {operation.label for operation in operations}
    assert {"GET /api/events", "GET /api/dyad", "POST /api/code"} <= labels
    assert len(labels) >= 9


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_every_operation_answers_as_its_spec_says(operations, mode):
    checked = []
    for operation in operations:

        @BOUNDS
        @given(case=operation.as_strategy(generation_mode=mode))
        def check(case):
            case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"})

        try:
            check()
        except Unsatisfiable:
            # No invalid request to make: every input of the operation takes any value.
            assert mode is GenerationMode.NEGATIVE, operation.label
            continue
        checked.append(operation.label)
    assert len(checked) >= (len(operations) if mode is GenerationMode.POSITIVE else 6), checked


def test_no_server_error_without_the_token(operations):
    for operation in operations:

        @BOUNDS
        @given(case=operation.as_strategy())
        def check(case):
            response = case.call()
            assert response.status_code < 500, f"{case.method} {case.path}: {response.text}"

        check()
