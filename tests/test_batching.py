import threading
import time

from mt.batching import Coalescer
from mt.translate import Translator


def test_concurrent_callers_share_rounds():
    c = Coalescer()
    calls = []

    def decode(segs):
        calls.append(list(segs))
        time.sleep(0.05)  # a slow model: others queue up meanwhile
        return [s.upper() for s in segs]

    results = {}

    def worker(i):
        results[i] = c.run("k", [f"s{i}", "shared"], decode)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {i: [f"S{i}", "SHARED"] for i in range(8)}
    assert c.jobs == 8 and c.rounds < 8  # some requests rode along in another's round
    assert all(len(set(call)) == len(call) for call in calls)  # segments decoded once per round


def test_lone_caller_decodes_at_once():
    c = Coalescer()
    t0 = time.perf_counter()
    assert c.run("k", ["a"], lambda segs: [s * 2 for s in segs]) == ["aa"]
    assert time.perf_counter() - t0 < 0.05 and c.rounds == 1


def test_errors_reach_every_caller_of_the_round():
    c = Coalescer()
    started = threading.Event()
    errors = []

    def decode(segs):
        started.set()
        time.sleep(0.05)
        raise RuntimeError("model failed")

    def worker():
        try:
            c.run("k", ["x"], decode)
        except RuntimeError as e:
            errors.append(str(e))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == ["model failed"] * 4
    assert c.run("k", ["y"], lambda segs: ["ok"]) == ["ok"]  # not stuck busy after the failure


def test_threaded_translations_equal_sequential(exported):
    t = Translator.load(exported, cache_size=0)
    texts = [f"Tôi có {n} con mèo." for n in ("một", "hai", "ba", "bốn", "năm", "sáu")] * 2
    expected = [t.translate([x], "vi", "en")[0] for x in texts]
    got = [None] * len(texts)

    def worker(i):
        got[i] = t.translate([texts[i]], "vi", "en")[0]

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(texts))]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert got == expected


def test_rounds_run_side_by_side_up_to_the_slots():
    """Two slots: two callers decode at once (each waits for the other inside decode); one slot would deadlock
    that wait, so the barrier's timeout would break it."""
    c = Coalescer(slots=2)
    barrier = threading.Barrier(2, timeout=5)
    results = {}

    def decode(segs):
        barrier.wait()
        return [s + "!" for s in segs]

    def worker(key):
        results[key] = c.run(key, [key], decode)

    threads = [threading.Thread(target=worker, args=(k,)) for k in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {"a": ["a!"], "b": ["b!"]} and c.rounds == 2


def test_a_job_taken_by_a_running_round_is_not_decoded_again():
    """A caller whose job rode along in another's round waits for that round, even when a slot frees first."""
    c = Coalescer(slots=2)
    first_in, release_first = threading.Event(), threading.Event()
    calls = []

    def decode(segs):
        calls.append(list(segs))
        if segs == ["slow"]:
            first_in.set()
            release_first.wait(5)
        else:
            time.sleep(0.1)  # meanwhile "x" and "y" arrive and join one round
        return [s.upper() for s in segs]

    results = {}

    def worker(key, seg):
        results[seg] = c.run(key, [seg], decode)

    slow = threading.Thread(target=worker, args=("k1", "slow"))
    slow.start()
    first_in.wait(5)
    others = [threading.Thread(target=worker, args=("k2", s)) for s in ("w", "x", "y")]
    for t in others:
        t.start()
        time.sleep(0.02)
    for t in others:
        t.join()
    release_first.set()
    slow.join()
    assert results == {"slow": ["SLOW"], "w": ["W"], "x": ["X"], "y": ["Y"]}
    decoded = [s for call in calls for s in call]
    assert sorted(decoded) == ["slow", "w", "x", "y"]  # each once


def test_a_coalescer_needs_a_slot():
    import pytest

    with pytest.raises(ValueError):
        Coalescer(slots=0)
