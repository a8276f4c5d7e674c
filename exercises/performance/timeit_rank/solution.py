"""Reference solution for performance/timeit_rank."""

import time
import timeit


def rank(snippets, setup="pass", number=1000, repeat=3, timer=time.perf_counter, globals=None):
    results = []
    for name, stmt in snippets.items():
        totals = timeit.repeat(
            stmt, setup=setup, timer=timer, repeat=repeat, number=number, globals=globals
        )
        # The minimum: slower repetitions measure the machine, not the code.
        results.append((name, min(totals) / number))
    return sorted(results, key=lambda pair: pair[1])  # stable: ties keep input order
