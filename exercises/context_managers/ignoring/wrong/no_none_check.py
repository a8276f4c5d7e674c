"""Wrong: forgets that __exit__ is also called when the block raised nothing;
issubclass(None, ...) then raises TypeError out of every quiet block."""


class ignoring:
    def __init__(self, *exc_types):
        self.exc_types = exc_types
        self.exception = None

    def __enter__(self):
        self.exception = None
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if issubclass(exc_type, self.exc_types):
            self.exception = exc_value
            return True
        return False
