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


def compile_pyc(source_path, mode="timestamp"):
    if mode not in _MODES:
        raise ValueError(f"unknown mode {mode!r}")
    cfile = importlib.util.cache_from_source(source_path)
    return py_compile.compile(source_path, cfile=cfile, doraise=True,
                              invalidation_mode=_MODES[mode])


def read_header(pyc_path):
    with open(pyc_path, "rb") as f:
        header = f.read(16)
    magic = header[:4]
    (flags,) = struct.unpack("<I", header[4:8])
    info = {"magic_ok": magic == importlib.util.MAGIC_NUMBER,
            "mtime": None, "source_size": None, "source_hash": None}
    if flags & 1:
        info["mode"] = "checked" if flags & 2 else "unchecked"
        info["source_hash"] = bytes(header[8:16])
    else:
        info["mode"] = "timestamp"
        info["mtime"], info["source_size"] = struct.unpack("<II", header[8:16])
    return info


def load_code(pyc_path):
    with open(pyc_path, "rb") as f:
        f.seek(16)
        return marshal.loads(f.read())


def is_stale(source_path):
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
    return (h["mtime"] != int(st.st_mtime)
            or h["source_size"] != st.st_size)
