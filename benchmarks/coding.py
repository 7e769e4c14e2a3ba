"""Speed of the CAMEO coder alone (parse and actor resolution excluded).

Usage: python benchmarks/coding.py [--repeat N]

Parses the bundled demo corpus once, resolves its actors, then times the coder stage over
the parsed documents and prints sentences/s and articles/s.
"""

from __future__ import annotations

import argparse
import dataclasses
import time

from eventwire.batch import documents
from eventwire.config import load_config
from eventwire.datatypes import Document
from eventwire.events import CameoCoder
from eventwire.ingest import read_paths
from eventwire.pipeline import Pipeline

PREPARE = ("clean.v1", "annotate.spacy.v1", "actors.resolver.v1")


def prepared_documents() -> list[Document]:
    """The demo corpus, cleaned, parsed and with actors resolved."""
    from importlib import resources

    config = load_config()
    pipeline = Pipeline(dataclasses.replace(config, stages=PREPARE))
    corpus = resources.files("eventwire.demo").joinpath("corpus")
    items = documents(read_paths([str(corpus)]), pipeline=pipeline)
    return [item for item in items if isinstance(item, Document)]


def _renamed(doc: Document, suffix: str) -> Document:
    article = dataclasses.replace(doc.article, id=doc.article.id + suffix)
    return dataclasses.replace(doc, article=article)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    docs = prepared_documents()
    coder = CameoCoder()
    # each round under new article ids: the coder's memo of its last parses must not answer
    rounds = [[_renamed(d, f"-{n}") for d in docs] for n in range(args.repeat)]
    sentences = sum(len(d.sentences) for d in docs) * args.repeat
    started = time.perf_counter()
    events = sum(len(coder(d).events) for docs_of_round in rounds for d in docs_of_round)
    seconds = time.perf_counter() - started
    print(
        f"coder alone: {len(docs) * args.repeat} articles, {sentences} sentences, "
        f"{events} events in {seconds:.2f} s = {sentences / seconds:,.0f} sentences/s, "
        f"{len(docs) * args.repeat / seconds:,.0f} articles/s"
    )


if __name__ == "__main__":
    main()
