"""Wrong: restores key by key (drops the added keys, puts back the old
values), so a key the block deleted comes back at the end: the order changes."""


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
            self.rolled_back = False
            return False
        # Restore in place: whoever holds a reference to the dict sees the
        # old contents again, in the old order.
        for key in list(self.target):
            if key not in snapshot:
                del self.target[key]
        for key, value in snapshot.items():
            self.target[key] = value
        self.rolled_back = True
        # A true value suppresses the exception; a false one lets Python
        # re-raise it (never raise it here).
        return isinstance(exc_value, self.suppress)
