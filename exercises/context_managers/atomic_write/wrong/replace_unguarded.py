"""Wrong: the try/except covers only the yield, so when finishing the write
fails (os.replace onto a directory, a full disk at flush), the temporary
file is left behind."""

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
    except BaseException:
        f.close()
        os.unlink(f.name)
        raise
    f.flush()
    os.fsync(f.fileno())
    f.close()
    os.replace(f.name, path)
