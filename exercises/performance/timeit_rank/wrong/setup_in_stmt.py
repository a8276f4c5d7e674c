import time
import timeit


def rank(snippets, setup="pass", number=1000, repeat=3, timer=time.perf_counter, globals=None):
    out = []
    for name, stmt in snippets.items():
        # setup glued onto the statement: it runs (and is timed) in every loop
        totals = timeit.repeat(setup + "\n" + stmt, timer=timer, repeat=repeat, number=number, globals=globals)
        out.append((name, min(totals) / number))
    return sorted(out, key=lambda p: p[1])
