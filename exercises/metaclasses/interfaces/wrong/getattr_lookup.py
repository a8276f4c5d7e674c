"""Wrong: finds the implementation with getattr(cls, method) and compares
it with the stub. getattr unwraps a staticmethod into a plain function, so
a staticmethod gets the parameter message instead of "must be a function"."""

import inspect


class Interface(type):
    def __new__(mcls, name, bases, namespace, *, abstract=False):
        cls = super().__new__(mcls, name, bases, namespace)
        roots = [b for b in cls.__mro__[1:] if isinstance(b, Interface)]
        if not roots:
            cls.__required__ = tuple(k for k, v in namespace.items()
                                     if not k.startswith("_") and inspect.isfunction(v))
            cls.implementations = []
            return cls
        if abstract:
            return cls
        root = roots[-1]
        for method in root.__required__:
            stub = getattr(root, method)
            impl = getattr(cls, method)
            if impl is stub:
                raise TypeError(f"{name} does not implement {method}")
            if not inspect.isfunction(impl):
                raise TypeError(f"{name}.{method} must be a function")
            want = list(inspect.signature(stub).parameters)
            if list(inspect.signature(impl).parameters) != want:
                raise TypeError(f"{name}.{method} must take ({', '.join(want)})")
        root.implementations.append(cls)
        return cls
