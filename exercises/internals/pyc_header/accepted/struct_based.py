import importlib.util
import marshal
import os
import py_compile
import struct
from py_compile import PycInvalidationMode as Mode


def compile_pyc(source_path, mode="timestamp"):
    try:
        inv = {"timestamp": Mode.TIMESTAMP, "checked": Mode.CHECKED_HASH,
               "unchecked": Mode.UNCHECKED_HASH}[mode]
    except KeyError:
        raise ValueError(mode) from None
    target = importlib.util.cache_from_source(source_path)
    py_compile.compile(source_path, cfile=target, doraise=True, invalidation_mode=inv)
    return target


def read_header(pyc_path):
    with open(pyc_path, "rb") as f:
        magic, flags, a, b = struct.unpack("<4sIII", f.read(16))
    out = {"magic_ok": magic == importlib.util.MAGIC_NUMBER}
    if flags == 0:
        out.update(mode="timestamp", mtime=a, source_size=b, source_hash=None)
    else:
        out.update(mode="checked" if flags & 2 else "unchecked", mtime=None,
                   source_size=None, source_hash=struct.pack("<II", a, b))
    return out


def load_code(pyc_path):
    with open(pyc_path, "rb") as f:
        f.seek(16)
        return marshal.load(f)


def is_stale(source_path):
    try:
        h = read_header(importlib.util.cache_from_source(source_path))
    except FileNotFoundError:
        return True
    if not h["magic_ok"]:
        return True
    if h["mode"] == "timestamp":
        st = os.stat(source_path)
        return (h["mtime"], h["source_size"]) != (int(st.st_mtime) % 2**32, st.st_size % 2**32)
    if h["mode"] == "checked":
        with open(source_path, "rb") as f:
            return h["source_hash"] != importlib.util.source_hash(f.read())
    return False
