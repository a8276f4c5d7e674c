import os
import tempfile
from pathlib import Path


class atomic_write:
    def __init__(self, path, mode="w", encoding="utf-8"):
        if mode not in ("w", "wb"):
            raise ValueError("mode must be 'w' or 'wb'")
        self.path = Path(path)
        self.mode = mode
        self.encoding = encoding if mode == "w" else None
        self.file = None

    def __enter__(self):
        self.file = tempfile.NamedTemporaryFile(
            mode=self.mode,
            encoding=self.encoding,
            dir=self.path.parent,
            prefix=self.path.name + ".",
            suffix=".tmp",
            delete=False,
        )
        return self.file

    def __exit__(self, exc_type, exc, tb):
        tmp = self.file.name
        if exc_type is None:
            try:
                self.file.flush()
                os.fsync(self.file.fileno())
                self.file.close()
                os.replace(tmp, self.path)
                return False
            except BaseException:
                self._discard(tmp)
                raise
        self._discard(tmp)
        return False

    def _discard(self, tmp):
        self.file.close()
        if os.path.exists(tmp):
            os.unlink(tmp)
