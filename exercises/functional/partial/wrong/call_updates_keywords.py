"""Wrong: merges call-time keywords into self.keywords, so calling changes p.keywords."""


class Partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, Partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(keywords)

    def __call__(self, /, *args, **keywords):
        self.keywords.update(keywords)
        return self.func(*self.args, *args, **self.keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts += [repr(a) for a in self.args]
        parts += [f"{k}={v!r}" for k, v in self.keywords.items()]
        return f"Partial({', '.join(parts)})"
