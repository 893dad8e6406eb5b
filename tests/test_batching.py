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
    """x and y ride in one round; while it runs another slot frees, and the caller whose job was taken must go on
    waiting for its round instead of leading a new one (which would find nothing pending, or decode y twice)."""
    c = Coalescer(slots=2)
    release = {k: threading.Event() for k in ("slow", "w", "xy")}
    xy_running = threading.Event()
    calls, results = [], {}

    def decode(segs):
        calls.append(sorted(segs))
        if segs == ["slow"] or segs == ["w"]:
            release[segs[0]].wait(5)
        else:
            xy_running.set()
            release["xy"].wait(5)
        return [s.upper() for s in segs]

    def worker(key, seg):
        results[seg] = c.run(key, [seg], decode)

    threads = [threading.Thread(target=worker, args=("k1", "slow")), threading.Thread(target=worker, args=("k2", "w"))]
    for t in threads:
        t.start()
    time.sleep(0.1)  # both slots busy
    for seg in ("x", "y"):
        threads.append(threading.Thread(target=worker, args=("k2", seg)))
        threads[-1].start()
    time.sleep(0.1)  # x and y wait, pending together
    release["w"].set()  # a slot frees: one of them leads a round holding both
    assert xy_running.wait(5)
    release["slow"].set()  # another slot frees while that round runs
    time.sleep(0.1)
    release["xy"].set()
    for t in threads:
        t.join(5)
    assert results == {"slow": ["SLOW"], "w": ["W"], "x": ["X"], "y": ["Y"]}
    assert sorted(calls) == [["slow"], ["w"], ["x", "y"]]  # each decoded once, x and y in one round


def test_a_coalescer_needs_a_slot():
    import pytest

    with pytest.raises(ValueError):
        Coalescer(slots=0)
