import inspect
import time


class SignupService:
    def __init__(self, repo, mailer, clock=time.time):
        self.repo = repo
        self.mailer = mailer
        self.clock = clock

    def register(self, email):
        if self.repo.exists(email):
            raise ValueError(f"{email} already registered")
        at = self.clock()
        self.repo.add(email, at)
        self.mailer.send(email, "Welcome!")
        return at


class Container:
    def __init__(self):
        self._factories = {}
        self._singletons = {}
        self._instances = {}

    def register(self, name, factory, *, singleton=False):
        self._factories[name] = factory
        self._singletons[name] = singleton
        self._instances.pop(self._factories[name], None)

    def resolve(self, name):
        return self._resolve(name, [])

    def _resolve(self, name, path):
        if name not in self._factories:
            raise LookupError(f"unknown dependency {name!r}")
        if name in path:
            cyc = path[path.index(name):] + [name]
            raise LookupError("dependency cycle: " + " -> ".join(cyc))
        if self._singletons[name] and self._factories[name] in self._instances:
            return self._instances[self._factories[name]]
        factory = self._factories[name]
        kwargs = {}
        for pname, param in inspect.signature(factory).parameters.items():
            if pname in self._factories:
                kwargs[pname] = self._resolve(pname, path + [name])
            elif param.default is not inspect.Parameter.empty:
                continue
            else:
                raise LookupError(f"cannot resolve {name!r}: missing {pname!r}")
        obj = factory(**kwargs)
        if self._singletons[name]:
            self._instances[factory] = obj
        return obj
