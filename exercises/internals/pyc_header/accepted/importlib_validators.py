import importlib.util
import marshal
import os
import py_compile
from importlib import _bootstrap_external as ext


def compile_pyc(source_path, mode="timestamp"):
    modes = {
        "timestamp": py_compile.PycInvalidationMode.TIMESTAMP,
        "checked": py_compile.PycInvalidationMode.CHECKED_HASH,
        "unchecked": py_compile.PycInvalidationMode.UNCHECKED_HASH,
    }
    if mode not in modes:
        raise ValueError("mode must be timestamp, checked or unchecked")
    return py_compile.compile(source_path, doraise=True, invalidation_mode=modes[mode])


def _read(path):
    with open(path, "rb") as f:
        return f.read()


def read_header(pyc_path):
    data = _read(pyc_path)
    flags = int.from_bytes(data[4:8], "little")
    hashed = bool(flags & 1)
    return {
        "magic_ok": data[:4] == importlib.util.MAGIC_NUMBER,
        "mode": ("checked" if flags & 2 else "unchecked") if hashed else "timestamp",
        "mtime": None if hashed else int.from_bytes(data[8:12], "little"),
        "source_size": None if hashed else int.from_bytes(data[12:16], "little"),
        "source_hash": data[8:16] if hashed else None,
    }


def load_code(pyc_path):
    return marshal.loads(_read(pyc_path)[16:])


def is_stale(source_path):
    pyc = importlib.util.cache_from_source(source_path)
    if not os.path.isfile(pyc):
        return True
    data = _read(pyc)
    h = read_header(pyc)
    if not h["magic_ok"]:
        return True
    try:
        if h["mode"] == "timestamp":
            st = os.stat(source_path)
            ext._validate_timestamp_pyc(data, int(st.st_mtime), st.st_size, "m", {})
        elif h["mode"] == "checked":
            ext._validate_hash_pyc(data, importlib.util.source_hash(_read(source_path)), "m", {})
    except ImportError:
        return True
    return False
