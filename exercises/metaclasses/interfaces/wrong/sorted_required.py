"""Wrong: collects the required names in a set and sorts them, so the
first missing method reported is the alphabetically first, not the first
one the root defines."""

import inspect


class Interface(type):
    def __new__(mcls, name, bases, namespace, *, abstract=False):
        cls = super().__new__(mcls, name, bases, namespace)
        roots = [b for b in cls.__mro__[1:] if isinstance(b, Interface)]
        if not roots:
            cls.__required__ = tuple(sorted({k for k, v in namespace.items()
                                             if not k.startswith("_") and inspect.isfunction(v)}))
            cls.implementations = []
            return cls
        if abstract:
            return cls
        root = roots[-1]
        for method in root.__required__:
            owner = next((k for k in cls.__mro__ if method in vars(k)), None)
            if owner is None or owner is root:
                raise TypeError(f"{name} does not implement {method}")
            impl = vars(owner)[method]
            if not inspect.isfunction(impl):
                raise TypeError(f"{name}.{method} must be a function")
            want = list(inspect.signature(vars(root)[method]).parameters)
            if list(inspect.signature(impl).parameters) != want:
                raise TypeError(f"{name}.{method} must take ({', '.join(want)})")
        root.implementations.append(cls)
        return cls
