"""Find the leaking line with tracemalloc: see `grader show memory/leak_hunt`."""


def find_leak(func, calls=20, warmup=3):
    raise NotImplementedError("write find_leak")
