"""Partial built in __new__ with __slots__, flattening before the object exists."""


class Partial:
    __slots__ = ("func", "args", "keywords")

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError(f"{type(func).__name__!r} object is not callable")
        if type(func) is cls or isinstance(func, Partial):
            inner_kw = func.keywords.copy()
            inner_kw.update(keywords)
            args, keywords, func = func.args + args, inner_kw, func.func
        self = super().__new__(cls)
        self.func, self.args, self.keywords = func, args, keywords
        return self

    def __init__(self, func, /, *args, **keywords):
        pass

    def __call__(self, /, *args, **keywords):
        merged = self.keywords.copy()
        merged.update(keywords)
        return self.func(*self.args, *args, **merged)

    def __repr__(self):
        items = [repr(self.func)]
        items.extend(map(repr, self.args))
        items.extend("%s=%r" % kv for kv in self.keywords.items())
        return "Partial(" + ", ".join(items) + ")"
