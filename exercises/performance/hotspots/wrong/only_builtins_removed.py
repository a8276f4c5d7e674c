import cProfile
import pstats


def hotspots(func, args=(), n=3, sort="tottime"):
    field = {"calls": 1, "tottime": 2, "cumtime": 3}[sort]
    prof = cProfile.Profile()
    prof.runcall(func, *args)
    rows = sorted(
        (-v[field], k[2]) for k, v in pstats.Stats(prof).stats.items()
        if k[0] != "~"  # built-ins only: lambdas and genexprs stay
    )
    return [name for _, name in rows[:n]]
