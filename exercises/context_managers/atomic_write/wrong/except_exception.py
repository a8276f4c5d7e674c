"""Wrong: cleans up in `except Exception:`, so a KeyboardInterrupt (Ctrl-C)
during the write leaves the temporary file behind."""

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
        f.flush()
        os.fsync(f.fileno())
        f.close()
        os.replace(f.name, path)
    except Exception:
        f.close()
        os.unlink(f.name)
        raise
