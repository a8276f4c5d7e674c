"""Dependency injection: constructor injection, and a container wiring by name."""
import inspect
import time


class SignupService:
    def __init__(self, repo, mailer, clock=time.time):
        self.repo = repo
        self.mailer = mailer
        self.clock = clock

    def register(self, email):
        if self.repo.exists(email):
            raise ValueError(f"{email} is already registered")
        at = self.clock()
        self.repo.add(email, at)
        self.mailer.send(email, "Welcome!")
        return at


class Container:
    def __init__(self):
        self._factories = {}  # name -> (factory, singleton)
        self._instances = {}  # name -> the singleton, once made

    def register(self, name, factory, *, singleton=False):
        self._factories[name] = (factory, singleton)
        self._instances.pop(name, None)

    def resolve(self, name):
        # All or nothing: singletons made by a resolve that fails are dropped.
        before = set(self._instances)
        try:
            return self._resolve(name, ())
        except BaseException:
            for made in set(self._instances) - before:
                del self._instances[made]
            raise

    def _resolve(self, name, path):
        # `path` is local to this resolve, so a failure leaves nothing behind.
        if name in path:
            cycle = path[path.index(name):] + (name,)
            raise LookupError("dependency cycle: " + " -> ".join(cycle))
        if name in self._instances:
            return self._instances[name]
        try:
            factory, singleton = self._factories[name]
        except KeyError:
            raise LookupError(f"unknown dependency {name!r}") from None
        kwargs = {}
        for param in inspect.signature(factory).parameters.values():
            if param.name in self._factories:
                kwargs[param.name] = self._resolve(param.name, path + (name,))
            elif param.default is inspect.Parameter.empty:
                raise LookupError(f"cannot resolve {name!r}: missing {param.name!r}")
        obj = factory(**kwargs)
        if singleton:
            self._instances[name] = obj
        return obj
