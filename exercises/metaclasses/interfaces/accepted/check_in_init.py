"""Accepted: __new__ only strips the keyword; __init__ (which receives the
same arguments) finds the root and checks, with for/else over the MRO."""

import inspect


class Interface(type):
    def __new__(mcls, name, bases, namespace, *, abstract=False):
        return super().__new__(mcls, name, bases, namespace)

    def __init__(cls, name, bases, namespace, *, abstract=False):
        super().__init__(name, bases, namespace)
        roots = [b for b in cls.__mro__[1:] if isinstance(b, Interface) and "__required__" in vars(b)]
        if not roots:
            cls.__required__ = tuple(
                k for k, v in namespace.items() if inspect.isfunction(v) and k[:1] != "_"
            )
            cls.implementations = []
            return
        if abstract:
            return
        root = roots[0]
        for method in root.__required__:
            for klass in cls.__mro__:
                if method in klass.__dict__:
                    break
            else:
                klass = root
            if klass is root:
                raise TypeError(name + " does not implement " + method)
            impl = klass.__dict__[method]
            if not inspect.isfunction(impl):
                raise TypeError(name + "." + method + " must be a function")
            stub = [p for p in inspect.signature(root.__dict__[method]).parameters]
            got = [p for p in inspect.signature(impl).parameters]
            if got != stub:
                raise TypeError("%s.%s must take (%s)" % (name, method, ", ".join(stub)))
        root.implementations.append(cls)
