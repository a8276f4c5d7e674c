"""Stacking decorators: see `grader show interview_decorators/chain`."""


def chain(*decorators):
    """Return one decorator equivalent to stacking decorators, top to bottom."""
    raise NotImplementedError("write chain()")


def layers(func):
    """Return [func, func.__wrapped__, ...] down to the object with no __wrapped__."""
    raise NotImplementedError("write layers()")
