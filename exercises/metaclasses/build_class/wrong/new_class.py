"""Wrong: lets types.new_class do all the work (the statement forbids it)."""

import types


def build_class(body, name, *bases, metaclass=None, **kwds):
    if metaclass is not None:
        kwds["metaclass"] = metaclass
    return types.new_class(name, bases, kwds, body)
