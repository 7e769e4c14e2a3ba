"""End-to-end throughput: eventwire into DuckDB, per engine, against the spaCy pipeline alone.

Usage: python benchmarks/throughput.py [--articles N] [--warm-up N] [--processes N] [--no-dask]
(the same as ``eventwire bench``; the code is ``eventwire/engines/bench.py``).

The corpus is the article texts of ../shared/eval/{lgl,trnews,geovirus,indiapoliceevents}
that are present (real news), else the bundled demo corpus. Prints words/s, sentences/s
and articles/s of the spaCy pipeline alone (one process) and of eventwire end to end with
the local engine on 1 and N processes and the Dask engine on N workers; the ratios; the
peak RSS of every process, workers included; and where the one-process run spends its time.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from eventwire.config import load_config
from eventwire.engines.bench import BenchOptions, report_lines, run_benchmark

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--warm-up", type=int, default=64, help="Untimed articles coded first.")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--no-dask", action="store_true", help="Leave out the Dask engine.")
    parser.add_argument("--config", action="append", default=[], help="A TOML settings file.")
    args = parser.parse_args()
    options = BenchOptions(
        articles=args.articles,
        processes=args.processes,
        eval_dir=EVAL,
        dask=not args.no_dask,
        warm_up=args.warm_up,
    )
    for line in report_lines(run_benchmark(load_config(*args.config), options)):
        print(line)


if __name__ == "__main__":
    main()
