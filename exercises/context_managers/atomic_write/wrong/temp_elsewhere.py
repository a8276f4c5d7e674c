"""Wrong: creates the temporary file in the system temp directory instead of
next to the target; os.replace across file systems fails (EXDEV), so the
write is neither atomic nor reliable."""

import contextlib
import os
import tempfile


@contextlib.contextmanager
def atomic_write(path, mode="w", encoding="utf-8"):
    if mode not in ("w", "wb"):
        raise ValueError("mode must be 'w' or 'wb'")
    f = tempfile.NamedTemporaryFile(
        mode, encoding=None if mode == "wb" else encoding, delete=False
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
