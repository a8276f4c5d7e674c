"""Wrong: uses `from exc` for the KeyError too, so the detail that should be
hidden becomes the explicit cause."""


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
    except KeyError as exc:
        raise RecordNotFound(key) from exc


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
