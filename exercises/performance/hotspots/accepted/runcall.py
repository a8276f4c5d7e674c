import cProfile
import pstats

def hotspots(func, args=(), n=3, sort="tottime"):
    if sort not in ("tottime", "cumtime", "calls"):
        raise ValueError(sort)
    profiler = cProfile.Profile()
    profiler.runcall(func, *args)
    table = pstats.Stats(profiler).stats
    best = {}
    for (filename, line, name), (cc, nc, tt, ct, callers) in table.items():
        if name.startswith("<"):
            continue
        value = {"tottime": tt, "cumtime": ct, "calls": nc}[sort]
        best[(filename, line, name)] = (value, name)
    ordered = sorted(best.values(), key=lambda vn: (-vn[0], vn[1]))
    return [name for value, name in ordered][:max(n, 0)]
