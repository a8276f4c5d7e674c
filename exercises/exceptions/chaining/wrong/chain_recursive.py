"""Wrong: chain is recursive, so a long chain exceeds the recursion limit
(RecursionError)."""


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


def chain(exc, _seen=None):
    seen = [] if _seen is None else _seen
    if exc is None or any(e is exc for e in seen):
        return []
    seen.append(exc)
    if exc.__cause__ is not None:
        nxt = exc.__cause__
    elif exc.__suppress_context__:
        nxt = None
    else:
        nxt = exc.__context__
    return [exc] + chain(nxt, seen)
