import time, timeit
def rank(snippets, setup="pass", number=1000, repeat=3, timer=time.perf_counter, globals=None):
    out = []
    for name, stmt in snippets.items():
        times = timeit.repeat(stmt, setup=setup, timer=timer, number=number, repeat=repeat, globals=globals)
        out.append((name, max(times) / number))
    return sorted(out, key=lambda t: t[1])
