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


def _next_in_chain(e):
    if e.__cause__ is not None:
        return e.__cause__
    if not e.__suppress_context__:
        return e.__context__
    return None


def chain(exc):
    out = []
    current = exc
    while current is not None:
        if any(current is seen for seen in out):
            break
        out.append(current)
        current = _next_in_chain(current)
    return out
