class StorageError(Exception):
    pass


class RecordNotFound(StorageError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key

    def __str__(self):
        return f"no record for {self.key!r}"


def fetch(backend, key):
    try:
        return backend(key)
    except OSError as exc:
        raise StorageError(f"backend failed for {key!r}") from exc
    except KeyError:
        raise RecordNotFound(key) from None


def chain(exc):
    out = []
    seen = set()
    while exc is not None and id(exc) not in seen:
        out.append(exc)
        seen.add(id(exc))
        # 'raise ... from ...' sets __suppress_context__, so follow the cause then
        exc = exc.__cause__ if exc.__suppress_context__ else exc.__context__
    return out
