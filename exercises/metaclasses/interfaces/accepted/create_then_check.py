"""Creates the class in __new__, walks its __mro__ up to the root, and raises before returning it; a root is marked with _is_root."""
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
            owner = None
            for klass in cls.__mro__:
                if klass is root:
                    break
                if method in klass.__dict__:
                    owner = klass
                    break
            if owner is None:
                raise TypeError(f"{name} does not implement {method}")
            found = owner.__dict__[method]
            if not isfunction(found):
                raise TypeError(f"{name}.{method} must be a function")
            want = _params(root.__dict__[method])
            if _params(found) != want:
                raise TypeError(f"{name}.{method} must take ({', '.join(want)})")
        root.implementations.append(cls)
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
