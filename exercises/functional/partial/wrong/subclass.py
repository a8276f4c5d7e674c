"""Wrong: does not re-implement anything; it subclasses functools.partial
and only renames the repr (the exercise forbids functools.partial)."""

import functools


class Partial(functools.partial):
    def __repr__(self):
        return "Partial" + super().__repr__()[super().__repr__().index("("):]
