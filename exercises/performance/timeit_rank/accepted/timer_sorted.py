import time
import timeit

def rank(snippets, setup="pass", number=1000, repeat=3, timer=time.perf_counter, globals=None):
    results = []
    for index, (name, stmt) in enumerate(snippets.items()):
        t = timeit.Timer(stmt, setup, timer, globals=globals)
        best = min(t.repeat(repeat=repeat, number=number))
        results.append((best / number, index, name))
    results.sort()
    return [(name, float(per_loop)) for per_loop, _, name in results]
