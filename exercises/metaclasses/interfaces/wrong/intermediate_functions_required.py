from inspect import isfunction, signature
from weakref import WeakSet


class Interface(type):
    """Checks implementations when the class statement runs."""

    _roots = WeakSet()

    def __new__(mcls, name, bases, namespace, *, abstract=False):
        cls = type.__new__(mcls, name, bases, namespace)
        if not any(type(b) is mcls or isinstance(b, Interface) for b in bases):
            cls.__required__ = tuple(
                attr for attr, val in namespace.items()
                if isfunction(val) and attr[:1] != "_"
            )
            cls.implementations = []
            Interface._roots.add(cls)
            return cls
        if abstract:
            return cls
        mro = cls.__mro__
        root = next(c for c in mro if c in Interface._roots)
        required = list(root.__required__)
        for c in mro[1:mro.index(root)]:          # abstract classes may add requirements too
            required += [a for a, v in vars(c).items() if isfunction(v) and a[:1] != "_" and a not in required]
        for method in required:
            owner = next((c for c in mro if method in vars(c)), None)
            if owner is None or mro.index(owner) >= mro.index(root):
                raise TypeError("%s does not implement %s" % (name, method))
            impl = vars(owner)[method]
            if not isfunction(impl):
                raise TypeError("%s.%s must be a function" % (name, method))
            stub_owner = next(c for c in reversed(mro) if method in vars(c))
            want = [*signature(vars(stub_owner)[method]).parameters]
            if [*signature(impl).parameters] != want:
                raise TypeError("%s.%s must take (%s)" % (name, method, ", ".join(want)))
        root.implementations.append(cls)
        return cls

    def __init__(cls, name, bases, namespace, abstract=False):
        super().__init__(name, bases, namespace)
