import importlib.util
import marshal
import os
import py_compile
import struct

_MODES = {
    "timestamp": py_compile.PycInvalidationMode.TIMESTAMP,
    "checked": py_compile.PycInvalidationMode.CHECKED_HASH,
    "unchecked": py_compile.PycInvalidationMode.UNCHECKED_HASH,
}


def compile_pyc(source_path: str, mode: str = "timestamp") -> str:
    if mode not in _MODES:
        raise ValueError(f"unknown mode {mode!r}")
    cfile = os.path.abspath(importlib.util.cache_from_source(source_path))
    return py_compile.compile(source_path, cfile=cfile, doraise=True, invalidation_mode=_MODES[mode])


def read_header(pyc_path: str) -> dict:
    with open(pyc_path, "rb") as f:
        data = f.read(16)
    magic = data[:4]
    (flags,) = struct.unpack("<I", data[4:8])
    if flags & 1:
        mode = "checked" if flags & 2 else "unchecked"
        return {"magic_ok": magic == importlib.util.MAGIC_NUMBER, "mode": mode,
                "mtime": None, "source_size": None, "source_hash": data[8:16]}
    mtime, size = struct.unpack("<II", data[8:16])
    return {"magic_ok": magic == importlib.util.MAGIC_NUMBER, "mode": "timestamp",
            "mtime": mtime, "source_size": size, "source_hash": None}


def load_code(pyc_path: str):
    with open(pyc_path, "rb") as f:
        f.seek(16)
        return marshal.loads(f.read())


def is_stale(source_path: str) -> bool:
    pyc = importlib.util.cache_from_source(source_path)
    if not os.path.exists(pyc):
        return True
    h = read_header(pyc)
    if not h["magic_ok"]:
        return True
    if h["mode"] == "unchecked":
        return False
    if h["mode"] == "checked":
        with open(source_path, "rb") as f:
            return importlib.util.source_hash(f.read()) != h["source_hash"]
    st = os.stat(source_path)
    return h["mtime"] != int(st.st_mtime) % 2**32 or h["source_size"] != st.st_size % 2**32
