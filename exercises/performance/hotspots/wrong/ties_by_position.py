import cProfile
import pstats


def hotspots(func, args=(), n=3, sort="tottime"):
    field = {"calls": 1, "tottime": 2, "cumtime": 3}[sort]
    prof = cProfile.Profile()
    prof.runcall(func, *args)
    rows = [
        (v[field], k[2]) for k, v in pstats.Stats(prof).stats.items()
        if k[0] != "~" and not k[2].startswith("<")
    ]
    rows.sort(key=lambda r: r[0], reverse=True)  # ties stay in profile order
    return [name for _, name in rows[:n]]
