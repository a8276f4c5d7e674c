import cProfile
import pstats


def hotspots(func, args=(), n=3, sort="tottime"):
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        func(*args)
    finally:
        profiler.disable()
    stats = pstats.Stats(profiler).stats
    pick = {
        "tottime": lambda v: v[2],
        "cumtime": lambda v: v[3],
        "calls": lambda v: v[1],
    }[sort]
    entries = []
    for (filename, lineno, funcname), value in stats.items():
        if filename == "~" or funcname[0] == "<":
            continue
        entries.append((funcname, pick(value)))
    entries.sort(key=lambda e: e[0])
    entries.sort(key=lambda e: e[1], reverse=True)
    return [name for name, _ in entries][:n]
