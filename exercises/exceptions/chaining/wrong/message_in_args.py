class StorageError(Exception):
    pass


class RecordNotFound(StorageError):
    def __init__(self, key):
        super().__init__(f"no record for {key!r}")
        self.key = key


def fetch(backend, key):
    try:
        return backend(key)
    except OSError as exc:
        raise StorageError(f"backend failed for {key!r}") from exc
    except KeyError:
        raise RecordNotFound(key) from None


def chain(exc):
    result, seen = [], set()
    while exc is not None and id(exc) not in seen:
        result.append(exc)
        seen.add(id(exc))
        exc = exc.__cause__ if exc.__cause__ is not None else (None if exc.__suppress_context__ else exc.__context__)
    return result
