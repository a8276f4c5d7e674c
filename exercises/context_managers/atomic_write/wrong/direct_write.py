"""Wrong: opens the target itself for writing. `open(path, "w")` truncates it
at once, so an exception half-way leaves a truncated, half-written file."""

import contextlib


@contextlib.contextmanager
def atomic_write(path, mode="w", encoding="utf-8"):
    if mode not in ("w", "wb"):
        raise ValueError("mode must be 'w' or 'wb'")
    with open(path, mode, encoding=None if mode == "wb" else encoding) as f:
        yield f
