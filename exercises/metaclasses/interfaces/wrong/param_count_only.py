"""Wrong: compares only the number of parameters, so scale(self, f) passes for scale(self, factor)."""
import inspect


class Interface(type):
    def __new__(mcls, name, bases, namespace, *, abstract=False):
        return super().__new__(mcls, name, bases, namespace)

    def __init__(cls, name, bases, namespace, *, abstract=False):
        super().__init__(name, bases, namespace)
        if not any(isinstance(b, Interface) for b in bases):
            cls.__required__ = tuple(
                k for k, v in namespace.items()
                if inspect.isfunction(v) and not k.startswith("_")
            )
            cls.implementations = []
            return
        if abstract:
            return
        root = next(
            k for k in cls.__mro__[1:]
            if isinstance(k, Interface) and not any(isinstance(b, Interface) for b in k.__bases__)
        )
        for method in root.__required__:
            owner = next(k for k in cls.__mro__ if method in vars(k))
            if owner is root:
                raise TypeError(f"{name} does not implement {method}")
            impl = vars(owner)[method]
            if not inspect.isfunction(impl):
                raise TypeError(f"{name}.{method} must be a function")
            stub = list(inspect.signature(vars(root)[method]).parameters)
            if len(inspect.signature(impl).parameters) != len(stub):
                raise TypeError(f"{name}.{method} must take ({', '.join(stub)})")
        root.implementations.append(cls)
