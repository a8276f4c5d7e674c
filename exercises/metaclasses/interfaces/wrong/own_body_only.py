"""Wrong: looks for the implementation in the class body only, so methods
inherited from a mixin or an abstract intermediate class do not count."""

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
            if method not in namespace:
                raise TypeError(f"{name} does not implement {method}")
            impl = namespace[method]
            if not inspect.isfunction(impl):
                raise TypeError(f"{name}.{method} must be a function")
            want = list(inspect.signature(getattr(root, method)).parameters)
            if list(inspect.signature(impl).parameters) != want:
                raise TypeError(f"{name}.{method} must take ({', '.join(want)})")
        root.implementations.append(cls)
        return cls
