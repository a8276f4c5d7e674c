"""Reference solution for performance/hotspots."""

import cProfile
import pstats
import time

# Position of each sort key in a pstats value (cc, nc, tt, ct, callers).
_FIELD = {"calls": 1, "tottime": 2, "cumtime": 3}


def hotspots(func, args=(), n=3, sort="tottime"):
    field = _FIELD[sort]
    # CPU time: a loaded machine stretches wall time, not the process's CPU time.
    prof = cProfile.Profile(time.process_time)
    prof.runcall(func, *args)
    rows = [
        (-value[field], name)
        for (filename, _line, name), value in pstats.Stats(prof).stats.items()
        if not name.startswith("<")
    ]
    rows.sort()
    return [name for _neg, name in rows[:n]]
