"""The engine's map: input order, a bounded number of batches in flight, peaks recorded."""

from __future__ import annotations

from concurrent.futures import Future

from eventwire.datatypes import Article
from eventwire.engines import Coded, Engine


class Recording(Engine):
    """Codes nothing; counts how many batches were submitted but not yet handed back."""

    def __init__(self, in_flight: int) -> None:
        super().__init__(batch_size=2, in_flight=in_flight)
        self.submitted = 0

    def submit(self, articles):
        self.submitted += 1
        future: Future[Coded] = Future()
        future.set_result(
            Coded(stored=len(articles), worker="w1", peak_rss_mb=float(len(articles)))
        )
        return future


def _batches(count, taken):
    for index in range(count):
        taken.append(index)
        yield index, [Article(id=f"{index}-{i}", text="x") for i in range(index % 3)]


def test_results_come_back_in_order_with_at_most_in_flight_batches_read_ahead():
    engine, taken, handed = Recording(in_flight=3), [], []
    for index, coded in engine.map(_batches(10, taken)):
        assert len(taken) - len(handed) <= 3
        handed.append(index)
        assert coded.stored == index % 3
    assert handed == list(range(10))
    assert engine.peaks == {"w1": 2.0}


def test_an_empty_batch_is_not_submitted():
    engine = Recording(in_flight=2)
    results = list(engine.map(_batches(6, [])))
    assert len(results) == 6
    assert engine.submitted == 4
