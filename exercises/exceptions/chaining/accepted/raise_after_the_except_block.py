class StorageError(Exception):
    pass


class RecordNotFound(StorageError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key

    def __str__(self):
        return "no record for %r" % (self.key,)


def fetch(backend, key):
    failure = None
    try:
        return backend(key)
    except OSError as exc:
        failure = exc
    except KeyError:
        raise RecordNotFound(key) from None
    raise StorageError(f"backend failed for {key!r}") from failure


def chain(exc):
    result, seen = [], set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        result.append(exc)
        exc = exc.__cause__ if exc.__cause__ is not None else (
            None if exc.__suppress_context__ else exc.__context__)
    return result
