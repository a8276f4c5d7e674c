import time
import timeit


def rank(snippets, setup="pass", number=1000, repeat=3, timer=time.perf_counter, globals=None):
    per_loop = {
        name: min(timeit.repeat(code, setup, timer, repeat, number, globals)) / number
        for name, code in snippets.items()
    }
    return sorted(per_loop.items(), key=lambda item: item[1])
