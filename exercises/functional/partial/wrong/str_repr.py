"""Wrong: builds the repr with str() and the function's __name__, so
strings lose their quotes and the function is not shown as repr(func)."""


class Partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, Partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        parts = [self.func.__name__] + [str(a) for a in self.args]
        parts += [f"{k}={v}" for k, v in self.keywords.items()]
        return f"Partial({', '.join(parts)})"
