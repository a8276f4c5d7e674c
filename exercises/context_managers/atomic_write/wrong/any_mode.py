"""Wrong: passes `mode` straight through without checking it. With "a" the
temporary file starts empty, so "appending" silently replaces the old
content; with "r" or "w+" the caller gets a file the atomic rename makes no
sense for."""

import contextlib
import os
import tempfile


@contextlib.contextmanager
def atomic_write(path, mode="w", encoding="utf-8"):
    directory = os.path.dirname(os.path.abspath(path))
    f = tempfile.NamedTemporaryFile(
        mode, encoding=None if "b" in mode else encoding, dir=directory, delete=False
    )
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
