"""Accepted: small helpers, the root found as the last Interface class in
the MRO, parameters compared as tuples of Parameter names."""

import inspect


def _find(cls, method):
    """The class whose own __dict__ provides `method` for cls, or None."""
    return next((k for k in cls.__mro__ if method in k.__dict__), None)


def _params(func):
    return tuple(inspect.signature(func).parameters)


class Interface(type):
    def __new__(mcls, name, bases, namespace, *, abstract=False):
        cls = super().__new__(mcls, name, bases, namespace)
        made_by_us = [k for k in cls.__mro__ if isinstance(k, Interface)]
        root = made_by_us[-1]
        if root is cls:
            cls.__required__ = tuple(
                n for n in namespace if not n.startswith("_") and inspect.isfunction(namespace[n])
            )
            cls.implementations = []
        elif not abstract:
            for method in root.__required__:
                owner = _find(cls, method)
                if owner in (None, root):
                    raise TypeError(f"{name} does not implement {method}")
                impl = owner.__dict__[method]
                if not inspect.isfunction(impl):
                    raise TypeError(f"{name}.{method} must be a function")
                stub = _params(root.__dict__[method])
                if _params(impl) != stub:
                    raise TypeError(f"{name}.{method} must take ({', '.join(stub)})")
            root.implementations.append(cls)
        return cls
