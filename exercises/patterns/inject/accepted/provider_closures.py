"""Another learner: each registration becomes a provider closure."""
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


_UNSET = object()


class Container:
    def __init__(self):
        self._providers = {}
        self._made = []

    def register(self, name, factory, *, singleton=False):
        box = [_UNSET]

        def provide(chain):
            if singleton and box[0] is not _UNSET:
                return box[0]
            kwargs = {}
            for param in inspect.signature(factory).parameters.values():
                if param.name in self._providers:
                    kwargs[param.name] = self._get(param.name, chain + [name])
                elif param.default is inspect.Parameter.empty:
                    raise LookupError(f"cannot resolve {name!r}: missing {param.name!r}")
            value = factory(**kwargs)
            if singleton:
                box[0] = value
                self._made.append(box)
            return value

        self._providers[name] = provide

    def _get(self, name, chain):
        if name in chain:
            loop = chain[chain.index(name):] + [name]
            raise LookupError("dependency cycle: " + " -> ".join(loop))
        if name not in self._providers:
            raise LookupError(f"unknown dependency {name!r}")
        return self._providers[name](chain)

    def resolve(self, name):
        self._made = []
        try:
            return self._get(name, [])
        except BaseException:
            for box in self._made:
                box[0] = _UNSET
            raise
