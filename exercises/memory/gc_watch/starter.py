"""Watching the cyclic garbage collector: see `grader show memory/gc_watch`."""


class GcWatch:
    def __init__(self, freeze=False):
        self.freeze = freeze
        self.collections = []
        self.collected = 0

    def __enter__(self):
        raise NotImplementedError("write __enter__")

    def __exit__(self, exc_type, exc, tb):
        raise NotImplementedError("write __exit__")
