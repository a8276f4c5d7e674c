import time
import timeit


def rank(snippets, setup="pass", number=1000, repeat=3, timer=time.perf_counter, globals=None):
    by_time = {}
    for name, stmt in snippets.items():
        totals = timeit.repeat(stmt, setup=setup, timer=timer, repeat=repeat, number=number, globals=globals)
        by_time[min(totals) / number] = name
    return [(by_time[t], t) for t in sorted(by_time)]
