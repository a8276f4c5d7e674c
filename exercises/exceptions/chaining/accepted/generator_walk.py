class StorageError(Exception):
    pass


class RecordNotFound(StorageError):
    def __init__(self, key):
        self.key = key
        super().__init__(key)

    def __str__(self):
        return "no record for %r" % (self.key,)


def fetch(backend, key):
    try:
        result = backend(key)
    except KeyError:
        raise RecordNotFound(key) from None
    except OSError as e:
        raise StorageError("backend failed for %r" % (key,)) from e
    return result


def _walk(exc):
    visited = {}
    while exc is not None and id(exc) not in visited:
        visited[id(exc)] = exc
        yield exc
        if exc.__cause__ is not None:
            exc = exc.__cause__
        else:
            exc = None if exc.__suppress_context__ else exc.__context__


def chain(exc):
    return list(_walk(exc))
