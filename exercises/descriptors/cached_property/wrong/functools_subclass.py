"""Wrong: subclasses functools.cached_property instead of writing the
descriptor (the statement forbids it)."""

import functools


class cached_property(functools.cached_property):
    pass
