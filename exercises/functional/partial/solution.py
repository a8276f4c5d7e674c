"""Reference solution for functional/partial."""


class Partial:
    """A re-implementation of functools.partial."""

    def __init__(self, func, /, *args, **keywords):
        """Freeze args and keywords of func."""
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, Partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        """Call func with the frozen and the new arguments."""
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        """Partial(<repr of func>, <args>, <name=value>...)"""
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        return f"{type(self).__name__}({', '.join(parts)})"
