import cProfile
import pstats


def hotspots(func, args=(), n=3, sort="tottime"):
    field = {"calls": 1, "tottime": 2, "cumtime": 3}[sort]
    prof = cProfile.Profile()
    prof.enable()
    try:
        func(*args)
    except Exception:
        pass  # "still report what was profiled"
    prof.disable()
    rows = sorted(
        (-v[field], k[2]) for k, v in pstats.Stats(prof).stats.items()
        if not k[2].startswith("<")
    )
    return [name for _, name in rows[:n]]
