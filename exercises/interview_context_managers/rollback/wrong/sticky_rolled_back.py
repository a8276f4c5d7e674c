"""Wrong: sets rolled_back to True on a rollback but never back to False
after a quiet block: it must report the last with."""


class Rollback:
    """Undo the changes a with block made to a dict if the block raises."""

    def __init__(self, target, suppress=()):
        self.target = target
        self.suppress = suppress
        self.rolled_back = False
        # One snapshot per active with: the manager may be entered again
        # while it is already in use (nested), and each exit restores the
        # snapshot of its own enter.
        self._snapshots = []

    def __enter__(self):
        self._snapshots.append(dict(self.target))  # shallow copy
        return self.target

    def __exit__(self, exc_type, exc_value, traceback):
        snapshot = self._snapshots.pop()
        if exc_type is None:
            return False
        # Restore in place: whoever holds a reference to the dict sees the
        # old contents again, in the old order.
        self.target.clear()
        self.target.update(snapshot)
        self.rolled_back = True
        # A true value suppresses the exception; a false one lets Python
        # re-raise it (never raise it here).
        return isinstance(exc_value, self.suppress)
