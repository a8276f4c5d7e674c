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
        self._factories = {}
        self._singletons = {}
        self._instances = {}
        self._stack = []

    def register(self, name, factory, *, singleton=False):
        self._factories[name] = factory
        self._singletons[name] = singleton
        self._instances.pop(name, None)

    def resolve(self, name):
        before = set(self._instances)
        try:
            return self._resolve(name)
        except BaseException:
            for made in set(self._instances) - before:
                del self._instances[made]
            raise

    def _resolve(self, name):
        if name not in self._factories:
            raise LookupError(f"unknown dependency {name!r}")
        if name in self._instances:
            return self._instances[name]
        if name in self._stack:
            path = self._stack[self._stack.index(name):] + [name]
            raise LookupError("dependency cycle: " + " -> ".join(path))
        self._stack.append(name)
        try:
            factory = self._factories[name]
            kwargs = {}
            for param in inspect.signature(factory).parameters.values():
                if param.name in self._factories:
                    kwargs[param.name] = self._resolve(param.name)
                elif param.default is not inspect.Parameter.empty:
                    kwargs[param.name] = param.default
                else:
                    raise LookupError(f"cannot resolve {name!r}: missing {param.name!r}")
            obj = factory(**kwargs)
        finally:
            self._stack.pop()
        if self._singletons[name]:
            self._instances[name] = obj
        return obj
