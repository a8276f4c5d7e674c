import contextlib


class Rollback:
    """Each with runs its own contextmanager generator; a stack keeps them apart."""

    def __init__(self, target, suppress=()):
        self.target = target
        self.suppress = suppress
        self.rolled_back = False
        self._active = []

    @contextlib.contextmanager
    def _transaction(self):
        before = self.target.copy()
        try:
            yield self.target
        except BaseException as exc:
            self.target.clear()
            self.target.update(before)
            self.rolled_back = True
            if isinstance(exc, self.suppress):
                return
            raise
        else:
            self.rolled_back = False

    def __enter__(self):
        cm = self._transaction()
        value = cm.__enter__()
        self._active.append(cm)
        return value

    def __exit__(self, exc_type, exc_value, traceback):
        return self._active.pop().__exit__(exc_type, exc_value, traceback)
