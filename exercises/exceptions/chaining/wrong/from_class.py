"""Wrong: writes `from OSError` (the class) instead of `from exc`. Python
instantiates the class, so the cause is a brand-new, empty OSError and the
original exception is only reachable as __context__."""


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
    except OSError:
        raise StorageError(f"backend failed for {key!r}") from OSError
    except KeyError:
        raise RecordNotFound(key) from None


def chain(exc):
    result = []
    seen = set()
    while exc is not None and id(exc) not in seen:
        result.append(exc)
        seen.add(id(exc))
        if exc.__cause__ is not None:
            exc = exc.__cause__
        elif exc.__suppress_context__:
            exc = None
        else:
            exc = exc.__context__
    return result
