"""Typed and validated fields: see `grader show descriptors/typed_field`."""

MISSING = object()


class Typed:
    def __init__(self, type_, *, default=MISSING):
        raise NotImplementedError("write Typed")

    def __set_name__(self, owner, name):
        raise NotImplementedError("write Typed.__set_name__()")

    def __get__(self, instance, owner=None):
        raise NotImplementedError("write Typed.__get__()")

    def __set__(self, instance, value):
        raise NotImplementedError("write Typed.__set__()")


class Positive(Typed):
    pass
