"""Find the hotspot with cProfile: see `grader show performance/hotspots`."""


def hotspots(func, args=(), n=3, sort="tottime"):
    raise NotImplementedError("write hotspots")
