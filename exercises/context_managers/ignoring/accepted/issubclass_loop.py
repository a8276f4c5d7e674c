class ignoring:
    """Suppresses the listed exception types and remembers the last one."""

    exception = None

    def __init__(self, *exc_types):
        self._types = list(exc_types)

    def __enter__(self):
        self.exception = None
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            return None
        for t in self._types:
            if issubclass(exc_type, t):
                self.exception = exc_value
                return True
        return None
