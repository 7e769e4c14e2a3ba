"""Actor knowledge base: load time, and the time to resolve the actors of a ~600-word article.

Run ``python benchmarks/actors.py``; targets: load under 1 s, resolve under 5 ms after load.
The article is built here from hand-written news sentences, half of them naming actors and
half of them plain prose, as a news report reads (no network, no corpus needed).
"""

from __future__ import annotations

import statistics
import time
from datetime import date

from eventwire.actors.knowledge import KnowledgeBase
from eventwire.actors.resolver import find_mentions

SENTENCES = (
    "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday.",
    "The two leaders signed agreements on energy and trade, the Kremlin said in a statement.",
    "He told reporters that relations between the two countries were at their best.",
    "U.S. Secretary of State Antony Blinken said Washington was watching the talks closely.",
    "NATO Secretary-General Jens Stoltenberg warned allies against complacency in Brussels.",
    "Ukrainian troops repelled an attack near Kharkiv, the Ukrainian military said.",
    "Police in Minsk detained dozens of protesters, a Belarusian rights group reported.",
    "The Taliban said its fighters had captured a district in Helmand province.",
    "Israeli Prime Minister Benjamin Netanyahu spoke with Egyptian President Abdel Fattah el-Sisi.",
    "Hamas fighters fired rockets toward Israel, the Israel Defense Forces said.",
    "A former CIA official told the committee that the agency had been warned.",
    "The International Atomic Energy Agency said inspectors would return to Iran next week.",
    "Indian and Pakistani troops exchanged fire along the Line of Control in Kashmir.",
    "The World Health Organization urged governments to share vaccine doses.",
    "Opposition lawmakers in Ankara accused the government of silencing journalists.",
    "Mexican authorities arrested a leader of the Sinaloa Cartel in Culiacan.",
)
# Prose between the actors, as news has: figures, places, background, quotes.
PROSE = (
    "Prices for wheat and fertiliser rose sharply over the past month, traders said.",
    "The meeting lasted more than three hours and ended without a joint press conference.",
    "Officials did not give details of the agreements, which are expected to take effect in May.",
    "Heavy rain has flooded several roads in the region, slowing the delivery of supplies.",
    "Analysts said the talks were unlikely to change the course of the conflict soon.",
    "The statement came a day after a similar meeting in the capital drew large crowds.",
    "Some 40,000 people have left their homes since the fighting began in the spring.",
    "It was not immediately clear how many people were hurt in the incident on Sunday.",
)


def sentences() -> list[str]:
    """Actor sentences and prose, alternating, as in a news report."""
    prose = PROSE * (len(SENTENCES) // len(PROSE) + 1)
    return [s for pair in zip(SENTENCES, prose, strict=False) for s in pair]


def article(words: int = 600) -> str:
    """Sentences repeated until the text has about ``words`` words, in paragraphs."""
    text: list[str] = []
    count = 0
    while count < words:
        for sentence in sentences():
            text.append(sentence)
            count += len(sentence.split())
            if count >= words:
                break
    return "\n\n".join(" ".join(text[i : i + 3]) for i in range(0, len(text), 3))


def main() -> None:
    start = time.perf_counter()
    kb = KnowledgeBase.load()
    load = time.perf_counter() - start
    text = article()
    on = date(2023, 3, 21)
    find_mentions(text, knowledge=kb, on=on)  # warm up
    runs, cpu = [], []
    for run in range(30):
        fresh = f"{text}\n\nReport {run}."  # the resolver keeps the mentions of a text it saw
        start, start_cpu = time.perf_counter(), time.process_time()
        mentions = find_mentions(fresh, knowledge=kb, on=on)
        runs.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    words = len(text.split())
    print(f"knowledge base load: {load:.3f} s ({len(kb.people)} people, {len(kb.roles)} roles)")
    print(
        f"resolve a {words}-word article: median {statistics.median(runs) * 1000:.2f} ms, "
        f"best {min(runs) * 1000:.2f} ms, median CPU {statistics.median(cpu) * 1000:.2f} ms "
        f"({len(mentions)} mentions)"
    )


if __name__ == "__main__":
    main()
