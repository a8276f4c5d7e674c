"""Interfaces checked when the class is defined: see `grader show metaclasses/interfaces`."""


class Interface(type):
    def __new__(mcls, name, bases, namespace, *, abstract=False):
        raise NotImplementedError("write Interface.__new__()")
