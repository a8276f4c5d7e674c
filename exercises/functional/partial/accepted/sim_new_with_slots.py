# Accepted: written by the blind learner simulation (issue 13) from the statement alone.
class Partial(object):
    __slots__ = ("func", "args", "keywords", "__dict__")

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("Partial() needs a callable, got %r" % (func,))
        self = object.__new__(cls)
        if type(func) is cls or isinstance(func, Partial):
            merged = dict(func.keywords)
            merged.update(keywords)
            self.func = func.func
            self.args = func.args + args
            self.keywords = merged
        else:
            self.func = func
            self.args = args
            self.keywords = keywords
        return self

    def __init__(self, func, /, *args, **keywords):
        pass

    def __call__(self, /, *args, **keywords):
        final = self.keywords.copy()
        final.update(keywords)
        return self.func(*(self.args + args), **final)

    def __repr__(self):
        items = [repr(self.func)]
        for a in self.args:
            items.append(repr(a))
        for name, value in self.keywords.items():
            items.append("%s=%r" % (name, value))
        return "Partial(" + ", ".join(items) + ")"
