"""Rank code snippets with timeit: see `grader show performance/timeit_rank`."""

import time


def rank(snippets, setup="pass", number=1000, repeat=3, timer=time.perf_counter, globals=None):
    raise NotImplementedError("write rank")
