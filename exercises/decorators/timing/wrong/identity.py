"""Wrong: returns the function itself, so nothing is timed."""


def timing(func):
    return func
