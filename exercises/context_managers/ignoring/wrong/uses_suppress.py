import contextlib


class ignoring(contextlib.suppress):
    def __init__(self, *exc_types):
        super().__init__(*exc_types)
        self.exception = None

    def __enter__(self):
        self.exception = None
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        result = super().__exit__(exc_type, exc_value, traceback)
        if result:
            self.exception = exc_value
        return result
