# rule broken: repr shows "name=repr(value)" for each keyword (uses str)
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
        kw = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **kw)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f"{k}={v}" for k, v in self.keywords.items())
        return f"{type(self).__name__}({', '.join(parts)})"
