import time
from timeit import Timer


def rank(snippets, setup="pass", number=1000, repeat=3, timer=time.perf_counter, globals=None):
    timed = []
    for index, (name, stmt) in enumerate(snippets.items()):
        t = Timer(stmt, setup, timer, globals)
        best = min(t.repeat(repeat, number))
        timed.append((best / number, index, name))
    timed.sort()
    return [(name, float(per_loop)) for per_loop, index, name in timed]
