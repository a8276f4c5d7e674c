"""Wrong: no try around the yield, so when the block raises, the code after
the yield never runs: the temporary file is left behind, still open."""

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
    yield f
    f.flush()
    os.fsync(f.fileno())
    f.close()
    os.replace(f.name, path)
