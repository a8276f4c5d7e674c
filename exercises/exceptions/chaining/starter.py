"""Exception chaining with raise ... from: see `grader show exceptions/chaining`."""


class StorageError(Exception):
    """The storage layer could not do its job."""


class RecordNotFound(StorageError):
    """No record is stored under key."""

    def __init__(self, key):
        raise NotImplementedError("write RecordNotFound")


def fetch(backend, key):
    """Return backend(key), translating the backend's low-level errors."""
    raise NotImplementedError("write fetch()")


def chain(exc):
    """Return the exceptions a traceback of exc would show, newest first."""
    raise NotImplementedError("write chain()")
