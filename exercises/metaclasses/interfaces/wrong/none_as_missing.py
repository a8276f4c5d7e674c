"""Wrong: uses None to mean 'not found', so a class that sets area = None is told it does not implement area instead of that area must be a function."""
from inspect import isfunction, signature


def _params(f):
    return list(signature(f).parameters)


class Interface(type):
    def __new__(mcls, name, bases, namespace, *, abstract=False):
        cls = super().__new__(mcls, name, bases, dict(namespace))
        roots = [k for k in cls.__mro__[1:] if type(k) is not type and isinstance(k, Interface) and k._is_root]
        if not roots:
            cls._is_root = True
            cls.__required__ = tuple(
                key for key, value in namespace.items() if isfunction(value) and key[:1] != "_"
            )
            cls.implementations = []
            return cls
        cls._is_root = False
        if abstract:
            return cls
        root = roots[0]
        for method in root.__required__:
            found = None
            for klass in cls.__mro__:
                if klass is root:
                    break
                if method in klass.__dict__:
                    found = klass.__dict__[method]
                    break
            else:
                found = None
            if found is None:
                raise TypeError(f"{name} does not implement {method}")
            if not isfunction(found):
                raise TypeError(f"{name}.{method} must be a function")
            want = _params(root.__dict__[method])
            if _params(found) != want:
                raise TypeError(f"{name}.{method} must take ({', '.join(want)})")
        root.implementations.append(cls)
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
