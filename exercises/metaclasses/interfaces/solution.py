"""Reference solution: everything happens in the metaclass's __new__, once
per class statement, so a refused class never exists."""

import inspect


class Interface(type):
    def __new__(mcls, name, bases, namespace, *, abstract=False):
        # `abstract` is consumed here: type.__new__ would hand it to
        # __init_subclass__, which rejects unknown keywords.
        is_root = not any(isinstance(base, Interface) for base in bases)
        if is_root:
            required = tuple(
                key for key, value in namespace.items()
                if not key.startswith("_") and inspect.isfunction(value)
            )
        cls = super().__new__(mcls, name, bases, namespace)
        if is_root:
            cls.__required__ = required
            cls.implementations = []
            cls._interface_root = cls
            return cls
        if abstract:
            return cls
        root = cls._interface_root
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
