import inspect
import time
from dataclasses import dataclass, field
from typing import Any, Callable


class SignupService:
    def __init__(self, repo, mailer, clock=time.time):
        self.repo, self.mailer, self.clock = repo, mailer, clock

    def register(self, email):
        if self.repo.exists(email):
            raise ValueError("duplicate: " + email)
        at = self.clock()
        self.repo.add(email, at)
        self.mailer.send(email, "Welcome!")
        return at


_MISSING = object()


@dataclass
class _Entry:
    factory: Callable[..., Any]
    singleton: bool
    instance: Any = field(default=_MISSING)


class Container:
    def __init__(self):
        self._entries = {}

    def register(self, name, factory, *, singleton=False):
        self._entries[name] = _Entry(factory, singleton)

    def resolve(self, name):
        before = {n: e.instance for n, e in self._entries.items()}
        try:
            return self._build(name, ())
        except BaseException:
            for n, instance in before.items():
                self._entries[n].instance = instance
            raise

    def _build(self, name, path):
        entry = self._entries.get(name)
        if entry is None:
            raise LookupError(f"unknown dependency {name!r}")
        if entry.instance is not _MISSING:
            return entry.instance
        if name in path:
            cycle = path[path.index(name):] + (name,)
            raise LookupError("dependency cycle: " + " -> ".join(cycle))
        path = path + (name,)
        kwargs = {}
        for pname, p in inspect.signature(entry.factory).parameters.items():
            if pname in self._entries:
                kwargs[pname] = self._build(pname, path)
            elif p.default is p.empty:
                raise LookupError(f"cannot resolve {name!r}: missing {pname!r}")
        value = entry.factory(**kwargs)
        if entry.singleton:
            entry.instance = value
        return value
