"""A learner's version: a resolving stack on the container, cleaned in finally."""
import inspect
import time


class SignupService:
    def __init__(self, repo, mailer, clock=time.time):
        self.repo, self.mailer, self.clock = repo, mailer, clock

    def register(self, email):
        if self.repo.exists(email):
            raise ValueError("duplicate: " + email)
        when = self.clock()
        self.repo.add(email, when)
        self.mailer.send(email, "Welcome!")
        return when


class Container:
    def __init__(self):
        self.factories = {}
        self.singletons = set()
        self.cache = {}
        self._stack = []

    def register(self, name, factory, *, singleton=False):
        self.factories[name] = factory
        if singleton:
            self.singletons.add(name)
        else:
            self.singletons.discard(name)
        if name in self.cache:
            del self.cache[name]

    def resolve(self, name):
        before = set(self.cache)
        try:
            return self._resolve(name)
        except BaseException:
            for made in set(self.cache) - before:
                del self.cache[made]
            raise

    def _resolve(self, name):
        if name in self._stack:
            start = self._stack.index(name)
            raise LookupError("dependency cycle: " + " -> ".join(self._stack[start:] + [name]))
        if name not in self.factories:
            raise LookupError("unknown dependency %r" % name)
        if name in self.cache:
            return self.cache[name]
        self._stack.append(name)
        try:
            factory = self.factories[name]
            args = {}
            for pname, p in inspect.signature(factory).parameters.items():
                if pname in self.factories:
                    args[pname] = self._resolve(pname)
                elif p.default is p.empty:
                    raise LookupError("cannot resolve %r: missing %r" % (name, pname))
            value = factory(**args)
        finally:
            self._stack.pop()
        if name in self.singletons:
            self.cache[name] = value
        return value
