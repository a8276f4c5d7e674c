import cProfile, pstats
_IDX = {"tottime": 2, "cumtime": 3, "calls": 1}
def hotspots(func, args=(), n=3, sort="tottime"):
    idx = _IDX[sort]
    prof = cProfile.Profile()
    prof.enable()
    try:
        func(*args)
    finally:
        prof.disable()
    stats = pstats.Stats(prof).stats
    rows = [(v[idx], key[2]) for key, v in stats.items() if not key[2].startswith("<")]
    rows.sort(reverse=True)
    return [name for _, name in rows[:n]]
