import inspect
import time


class SignupService:
    def __init__(self, repo, mailer, clock=time.time):
        self.repo = repo
        self.mailer = mailer
        self.clock = clock

    def register(self, email):
        if self.repo.exists(email):
            raise ValueError(f"{email!r} is already registered")
        at = self.clock()
        self.repo.add(email, at)
        self.mailer.send(email, "Welcome!")
        return at


class Container:
    def __init__(self):
        self._factories = {}
        self._singleton = {}
        self._instances = {}

    def register(self, name, factory, *, singleton=False):
        self._factories[name] = factory
        self._singleton[name] = singleton
        self._instances.pop(name, None)

    def resolve(self, name):
        if name not in self._factories:
            raise LookupError(f"unknown dependency {name!r}")
        staged = {}
        obj = self._build(name, (), staged)
        self._instances.update(staged)   # commit singletons only on success
        return obj

    def _build(self, name, path, staged):
        if name in path:
            cycle = list(path[path.index(name):]) + [name]
            raise LookupError("dependency cycle: " + " -> ".join(cycle))
        if self._singleton[name]:
            if name in self._instances:
                return self._instances[name]
            if name in staged:
                return staged[name]
        factory = self._factories[name]
        kwargs = {}
        for param in inspect.signature(factory).parameters.values():
            if param.name in self._factories:
                kwargs[param.name] = self._build(param.name, path + (name,), staged)
            elif param.default is inspect.Parameter.empty:
                raise LookupError(f"cannot resolve {name!r}: missing {param.name!r}")
        obj = factory(**kwargs)
        if self._singleton[name]:
            staged[name] = obj
        return obj
