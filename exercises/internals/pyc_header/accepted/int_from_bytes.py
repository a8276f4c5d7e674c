import importlib.util
import marshal
import os
import py_compile
from pathlib import Path

def compile_pyc(source_path, mode="timestamp"):
    modes = {
        "timestamp": py_compile.PycInvalidationMode.TIMESTAMP,
        "checked": py_compile.PycInvalidationMode.CHECKED_HASH,
        "unchecked": py_compile.PycInvalidationMode.UNCHECKED_HASH,
    }
    try:
        inv = modes[mode]
    except (KeyError, TypeError):
        raise ValueError(f"unknown mode {mode!r}") from None
    target = importlib.util.cache_from_source(os.fspath(source_path))
    py_compile.compile(os.fspath(source_path), cfile=target, doraise=True, invalidation_mode=inv)
    return target

def read_header(pyc_path):
    data = Path(pyc_path).read_bytes()[:16]
    flags = int.from_bytes(data[4:8], "little")
    hashed = bool(flags & 0b01)
    return {
        "magic_ok": data[:4] == importlib.util.MAGIC_NUMBER,
        "mode": ("checked" if flags & 0b10 else "unchecked") if hashed else "timestamp",
        "mtime": None if hashed else int.from_bytes(data[8:12], "little"),
        "source_size": None if hashed else int.from_bytes(data[12:16], "little"),
        "source_hash": bytes(data[8:16]) if hashed else None,
    }

def load_code(pyc_path):
    return marshal.loads(Path(pyc_path).read_bytes()[16:])

def is_stale(source_path):
    cached = Path(importlib.util.cache_from_source(os.fspath(source_path)))
    if not cached.is_file():
        return True
    header = read_header(cached)
    if not header["magic_ok"]:
        return True
    if header["mode"] == "unchecked":
        return False
    if header["mode"] == "checked":
        return header["source_hash"] != importlib.util.source_hash(Path(source_path).read_bytes())
    st = os.stat(source_path)
    return (header["mtime"], header["source_size"]) != (int(st.st_mtime) & 0xFFFFFFFF, st.st_size & 0xFFFFFFFF)
