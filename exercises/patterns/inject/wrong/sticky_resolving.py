"""Wrong: a 'resolving' set is not cleaned up when a resolve fails."""
import inspect
import time


class SignupService:
    def __init__(self, repo, mailer, clock=time.time):
        self.repo = repo
        self.mailer = mailer
        self.clock = clock

    def register(self, email):
        if self.repo.exists(email):
            raise ValueError(email)
        at = self.clock()
        self.repo.add(email, at)
        self.mailer.send(email, "Welcome!")
        return at


class Container:
    def __init__(self):
        self._factories = {}
        self._singletons = {}
        self._resolving = []

    def register(self, name, factory, *, singleton=False):
        self._factories[name] = (factory, singleton)
        self._singletons.pop(name, None)

    def resolve(self, name):
        if name in self._resolving:
            cycle = self._resolving[self._resolving.index(name):] + [name]
            raise LookupError("dependency cycle: " + " -> ".join(cycle))
        if name in self._singletons:
            return self._singletons[name]
        if name not in self._factories:
            raise LookupError(f"unknown dependency {name!r}")
        factory, singleton = self._factories[name]
        self._resolving.append(name)
        kwargs = {}
        for param in inspect.signature(factory).parameters.values():
            if param.name in self._factories:
                kwargs[param.name] = self.resolve(param.name)
            elif param.default is inspect.Parameter.empty:
                raise LookupError(f"cannot resolve {name!r}: missing {param.name!r}")
        obj = factory(**kwargs)
        self._resolving.remove(name)
        if singleton:
            self._singletons[name] = obj
        return obj
