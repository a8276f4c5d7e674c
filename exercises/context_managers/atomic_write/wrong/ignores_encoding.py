"""Wrong: opens the temporary file without passing `encoding`, so text is
written in the platform's default encoding instead of the one asked for."""

import contextlib
import os
import tempfile


@contextlib.contextmanager
def atomic_write(path, mode="w", encoding="utf-8"):
    if mode not in ("w", "wb"):
        raise ValueError("mode must be 'w' or 'wb'")
    directory = os.path.dirname(os.path.abspath(path))
    f = tempfile.NamedTemporaryFile(mode, dir=directory, delete=False)
    try:
        yield f
        f.flush()
        os.fsync(f.fileno())
        f.close()
        os.replace(f.name, path)
    except BaseException:
        f.close()
        os.unlink(f.name)
        raise
