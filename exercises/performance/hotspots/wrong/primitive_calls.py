import cProfile
import pstats


def hotspots(func, args=(), n=3, sort="tottime"):
    field = {"calls": 0, "tottime": 2, "cumtime": 3}[sort]  # cc: recursion not counted
    prof = cProfile.Profile()
    prof.runcall(func, *args)
    rows = sorted(
        (-v[field], k[2]) for k, v in pstats.Stats(prof).stats.items()
        if k[0] != "~" and not k[2].startswith("<")
    )
    return [name for _, name in rows[:n]]
