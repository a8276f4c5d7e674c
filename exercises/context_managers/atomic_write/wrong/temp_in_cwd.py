import contextlib
import os
import tempfile


@contextlib.contextmanager
def atomic_write(path, mode="w", encoding="utf-8"):
    if mode not in ("w", "wb"):
        raise ValueError(mode)
    fd, tmp = tempfile.mkstemp(dir=".")
    f = os.fdopen(fd, mode, encoding=encoding if mode == "w" else None)
    try:
        yield f
        f.flush()
        os.fsync(f.fileno())
        f.close()
        os.replace(tmp, path)
    except BaseException:
        f.close()
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
