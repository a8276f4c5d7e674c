class Rollback:
    def __init__(self, target, suppress=()):
        self.target = target
        self.suppress = suppress if isinstance(suppress, tuple) else (suppress,)
        self.rolled_back = False
        self._stack = []

    def __enter__(self):
        self._stack.append(list(self.target.items()))
        return self.target

    def __exit__(self, exc_type, exc, tb):
        saved = self._stack.pop()
        self.rolled_back = exc_type is not None
        if not self.rolled_back:
            return None
        self.target.clear()
        for key, value in saved:
            self.target[key] = value
        return any(issubclass(exc_type, cls) for cls in self.suppress)
