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
        self._stack = []

    def register(self, name, factory, *, singleton=False):
        self._factories[name] = factory
        self._singleton[name] = singleton
        self._instances.pop(name, None)

    def resolve(self, name):
        if name not in self._factories:
            raise LookupError(f"unknown dependency {name!r}")
        made = []
        depth = len(self._stack)
        try:
            return self._build(name, made)
        except BaseException:
            for n in made:
                self._instances.pop(n, None)
            del self._stack[depth:]
            raise

    def _build(self, name, made):
        if name in self._instances:
            return self._instances[name]
        if name in self._stack:
            path = self._stack[self._stack.index(name):] + [name]
            raise LookupError("dependency cycle: " + " -> ".join(path))
        self._stack.append(name)
        try:
            factory = self._factories[name]
            kwargs = {}
            for pname, param in inspect.signature(factory).parameters.items():
                if pname in self._factories:
                    try:
                        kwargs[pname] = self._build(pname, made)
                    except LookupError:
                        if param.default is inspect.Parameter.empty:
                            raise
                elif param.default is not inspect.Parameter.empty:
                    pass  # keep its default
                else:
                    raise LookupError(f"cannot resolve {name!r}: missing {pname!r}")
            obj = factory(**kwargs)
        finally:
            self._stack.pop()
        if self._singleton[name]:
            self._instances[name] = obj
            made.append(name)
        return obj
