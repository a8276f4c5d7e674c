import cProfile
import heapq
import pstats
import time


def hotspots(func, args=(), n=3, sort="tottime"):
    prof = cProfile.Profile(time.process_time)
    try:
        prof.runcall(func, *args)
    finally:
        stats = pstats.Stats(prof).stats
    index = ("calls", "tottime", "cumtime").index(sort) + 1
    candidates = (
        (key[2], val[index]) for key, val in stats.items()
        if key[0] != "~" and not key[2].startswith("<")
    )
    best = heapq.nsmallest(n, candidates, key=lambda c: (-c[1], c[0]))
    return [name for name, _ in best]
