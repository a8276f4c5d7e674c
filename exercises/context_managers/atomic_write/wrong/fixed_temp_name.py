"""Wrong: uses the fixed name path + ".tmp" for the temporary file, so two
writes to the same file at once share (and clobber) one temporary file."""

import contextlib
import os


@contextlib.contextmanager
def atomic_write(path, mode="w", encoding="utf-8"):
    if mode not in ("w", "wb"):
        raise ValueError("mode must be 'w' or 'wb'")
    tmp = os.fspath(path) + ".tmp"
    f = open(tmp, mode, encoding=None if mode == "wb" else encoding)
    try:
        yield f
        f.flush()
        os.fsync(f.fileno())
        f.close()
        os.replace(tmp, path)
    except BaseException:
        f.close()
        os.unlink(tmp)
        raise
