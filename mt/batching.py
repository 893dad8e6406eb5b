"""Cross-request batching: concurrent translate calls share decoding batches.

A server answering many single-sentence requests would otherwise decode them one at a time, each batch of one
using the whole CPU. Here the model decodes one round at a time; requests that arrive while a round runs wait
and go together into the next one. A request that finds the model idle is decoded at once, so a lone request
pays no extra latency.
"""
from __future__ import annotations

import threading
from typing import Callable, Hashable, Sequence


class _Job:
    __slots__ = ("segments", "result", "error", "done")

    def __init__(self, segments):
        self.segments, self.result, self.error, self.done = segments, None, None, False


class Coalescer:
    def __init__(self):
        self._cond = threading.Condition()
        self._pending: dict[Hashable, list[_Job]] = {}
        self._busy = False
        self.rounds = 0  # decoding rounds run
        self.jobs = 0  # requests served

    def run(self, key: Hashable, segments: Sequence, decode: Callable[[list], list]) -> list:
        """Translate `segments` with `decode`, possibly in one round with other callers of the same `key`
        (same direction and options). `decode` maps a list of unique segments to their results."""
        job = _Job(list(segments))
        with self._cond:
            self._pending.setdefault(key, []).append(job)
            while not job.done and self._busy:
                self._cond.wait()
            if job.done:
                return self._finish(job)
            self._busy = True  # this caller leads the next round, for its key
            jobs = self._pending.pop(key)
        try:
            unique = list(dict.fromkeys(s for j in jobs for s in j.segments))
            done = dict(zip(unique, decode(unique)))
            results, error = [[done[s] for s in j.segments] for j in jobs], None
        except BaseException as e:  # every caller of the round gets the error, not only the leader
            results, error = [None] * len(jobs), e
        with self._cond:
            for j, r in zip(jobs, results):
                j.result, j.error, j.done = r, error, True
            self._busy = False
            self.rounds += 1
            self.jobs += len(jobs)
            self._cond.notify_all()
        return self._finish(job)

    @staticmethod
    def _finish(job: _Job) -> list:
        if job.error is not None:
            raise job.error
        return job.result
