"""Cross-request batching: concurrent translate calls share decoding batches.

A server answering many single-sentence requests would otherwise decode them one at a time, each batch of one
using a whole worker. Here the model decodes at most `slots` rounds at a time (one per CTranslate2 worker);
requests that arrive while every slot is busy wait and go together into the next round. A request that finds a
slot free is decoded at once, so a lone request pays no extra latency.
"""
from __future__ import annotations

import threading
from typing import Callable, Hashable, Sequence


class _Job:
    __slots__ = ("segments", "result", "error", "taken", "done")

    def __init__(self, segments):
        self.segments, self.result, self.error = segments, None, None
        self.taken = self.done = False  # taken: in a round that is running


class Coalescer:
    def __init__(self, slots: int = 1):
        if slots < 1:
            raise ValueError("a coalescer needs at least one slot")
        self.slots = slots
        self._cond = threading.Condition()
        self._pending: dict[Hashable, list[_Job]] = {}
        self._running = 0  # rounds decoding now
        self.rounds = 0  # decoding rounds run
        self.jobs = 0  # requests served

    def run(self, key: Hashable, segments: Sequence, decode: Callable[[list], list]) -> list:
        """Translate `segments` with `decode`, possibly in one round with other callers of the same `key`
        (same direction and options). `decode` maps a list of unique segments to their results."""
        job = _Job(list(segments))
        with self._cond:
            self._pending.setdefault(key, []).append(job)
            while not job.taken and self._running >= self.slots:
                self._cond.wait()
            if job.taken:  # another caller's round holds this job
                while not job.done:
                    self._cond.wait()
                return self._finish(job)
            self._running += 1  # this caller leads a round, for its key
            jobs = self._pending.pop(key)
            for j in jobs:
                j.taken = True
        try:
            unique = list(dict.fromkeys(s for j in jobs for s in j.segments))
            done = dict(zip(unique, decode(unique)))
            results, error = [[done[s] for s in j.segments] for j in jobs], None
        except BaseException as e:  # every caller of the round gets the error, not only the leader
            results, error = [None] * len(jobs), e
        with self._cond:
            for j, r in zip(jobs, results):
                j.result, j.error, j.done = r, error, True
            self._running -= 1
            self.rounds += 1
            self.jobs += len(jobs)
            self._cond.notify_all()
        return self._finish(job)

    @staticmethod
    def _finish(job: _Job) -> list:
        if job.error is not None:
            raise job.error
        return job.result
