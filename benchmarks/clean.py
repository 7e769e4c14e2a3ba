"""The clean stage: time to clean a ~600-word scraped article and a very long one.

Run ``python benchmarks/clean.py``. Cleaning must stay linear in the length of the text:
the long article (about 2,100 paragraphs with a junk line between them) should take well
under 2 s. The texts are built here from hand-written lines (no network, no corpus).
"""

from __future__ import annotations

import statistics
import time

from eventwire.clean import clean
from eventwire.datatypes import Article, Document

BODY = "MOSCOW, March 3 (Xinhua) -- Russia and China signed a trade agreement on Monday."
SENTENCE = "The two ministers met in Geneva on Monday and agreed to meet again next month."
JUNK = ("Print", "Font Size: | Print", "Photo: AFP", "Updated 10:42 GMT")


def scraped(paragraphs: int) -> str:
    """A headline, then paragraphs of prose with a junk line after every other one."""
    parts: list[str] = ["Headline"]
    for index in range(paragraphs):
        parts.append(BODY if index == 0 else SENTENCE * 3)
        if index % 2:
            parts.append(JUNK[index % len(JUNK)])
    return "\n\n".join(parts)


def timed(text: str, runs: int) -> list[float]:
    """Wall-clock seconds of each of ``runs`` cleanings of ``text``."""
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        clean(Document(article=Article(id="bench", text=text)))
        seconds.append(time.perf_counter() - start)
    return seconds


def main() -> None:
    short, long = scraped(16), scraped(2100)
    clean(Document(article=Article(id="warm", text=short)))  # warm up
    for name, text, runs in (("article", short, 50), ("long article", long, 5)):
        seconds = timed(text, runs)
        print(
            f"clean a {len(text.split())}-word {name}: median "
            f"{statistics.median(seconds) * 1000:.2f} ms, best {min(seconds) * 1000:.2f} ms"
        )


if __name__ == "__main__":
    main()
