import cProfile
import pstats

_IDX = {"tottime": 2, "cumtime": 3, "calls": 1}


def hotspots(func, args=(), n=3, sort="tottime"):
    idx = _IDX[sort]
    func(*args)  # warm-up
    prof = cProfile.Profile()
    prof.enable()
    try:
        func(*args)
    finally:
        prof.disable()
    stats = pstats.Stats(prof).stats
    rows = [(vals[idx], key[2]) for key, vals in stats.items() if not key[2].startswith("<")]
    rows.sort(key=lambda r: (-r[0], r[1]))
    return [name for _, name in rows[:n]]
