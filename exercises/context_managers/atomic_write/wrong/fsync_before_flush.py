"""Wrong: calls os.fsync without flushing first. The text still sitting in
Python's buffer has not reached the OS, so fsync syncs an empty or partial
file; close() writes the rest later, unsynced."""

import contextlib
import os
import tempfile


@contextlib.contextmanager
def atomic_write(path, mode="w", encoding="utf-8"):
    if mode not in ("w", "wb"):
        raise ValueError("mode must be 'w' or 'wb'")
    directory = os.path.dirname(os.path.abspath(path))
    f = tempfile.NamedTemporaryFile(
        mode, encoding=None if mode == "wb" else encoding, dir=directory, delete=False
    )
    try:
        yield f
        os.fsync(f.fileno())
        f.close()
        os.replace(f.name, path)
    except BaseException:
        f.close()
        os.unlink(f.name)
        raise
