"""Frozen constants with __prepare__: see `grader show metaclasses/constants`."""


class ConstantsMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return {}

    def __new__(mcls, name, bases, namespace, **kwargs):
        return super().__new__(mcls, name, bases, dict(namespace), **kwargs)

    # TODO: refuse duplicates, freeze the class, make it iterable, forbid instances


class Constants(metaclass=ConstantsMeta):
    pass
