"""Wrong: layers only notices a cycle back to func itself, so a cycle among inner layers loops forever (learner simulation)."""

def chain(*decorators):
    for d in decorators:
        if not callable(d):
            raise TypeError(d)
    def decorator(func):
        for d in reversed(decorators):
            func = d(func)
        return func
    return decorator


def layers(func):
    out = [func]
    cur = func
    while True:
        if not hasattr(cur, "__wrapped__"):
            return out
        cur = cur.__wrapped__
        if cur is func:
            raise ValueError("cycle")
        out.append(cur)
