"""Reference solution for context_managers/atomic_write."""

import contextlib
import os
import tempfile


@contextlib.contextmanager
def atomic_write(path, mode="w", encoding="utf-8"):
    """Context manager: yield a temporary file next to `path`; on success
    move it onto `path` with os.replace, on failure delete it."""
    if mode not in ("w", "wb"):
        raise ValueError("mode must be 'w' or 'wb', not %r" % (mode,))
    directory = os.path.dirname(os.path.abspath(path))
    f = tempfile.NamedTemporaryFile(
        mode,
        encoding=None if mode == "wb" else encoding,
        dir=directory,
        prefix="." + os.path.basename(path) + ".",
        suffix=".tmp",
        delete=False,
    )
    try:
        yield f
        f.flush()  # Python's buffer -> the OS
        os.fsync(f.fileno())  # the OS buffers -> the disk
        f.close()
        os.replace(f.name, path)  # atomic on POSIX within one file system
    except BaseException:
        f.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f.name)
        raise
