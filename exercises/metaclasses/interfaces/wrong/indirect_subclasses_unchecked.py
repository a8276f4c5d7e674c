import inspect


class Interface(type):
    def __new__(mcls, name, bases, namespace, *, abstract=False):
        cls = super().__new__(mcls, name, bases, dict(namespace))
        if not any(isinstance(b, Interface) for b in bases):
            cls.__required__ = tuple(
                k for k, v in namespace.items() if inspect.isfunction(v) and not k.startswith("_")
            )
            cls.implementations = []
            cls._interface_root = cls
            return cls
        if abstract:
            cls._abstract = True
            return cls
        root = next(b._interface_root for b in bases if isinstance(b, Interface))
        if root not in bases and not any(getattr(b, "_abstract", False) for b in bases):
            return cls
        for method in root.__required__:
            owner = next((c for c in cls.__mro__ if method in c.__dict__), None)
            if owner is None or owner is root:
                raise TypeError(f"{name} does not implement {method}")
            impl = owner.__dict__[method]
            if not inspect.isfunction(impl):
                raise TypeError(f"{name}.{method} must be a function")
            stub_params = list(inspect.signature(root.__dict__[method]).parameters)
            if list(inspect.signature(impl).parameters) != stub_params:
                raise TypeError(f"{name}.{method} must take ({', '.join(stub_params)})")
        root.implementations.append(cls)
        return cls
