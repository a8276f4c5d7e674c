from contextlib import ExitStack, contextmanager
from os import environ


def _put_back(name, value):
    if value is None:
        environ.pop(name, None)
    else:
        environ[name] = value


@contextmanager
def temp_env(**changes):
    bad = [n for n, v in changes.items() if not (v is None or isinstance(v, str))]
    if bad:
        raise TypeError("values must be str or None: " + ", ".join(bad))
    old = {}
    with ExitStack() as stack:
        for name, value in changes.items():
            old[name] = environ.get(name)
            # Registered before the change, so it is undone even if a later
            # change fails; ExitStack runs callbacks in reverse order.
            stack.callback(_put_back, name, old[name])
            _put_back(name, value)
        yield dict(old)
