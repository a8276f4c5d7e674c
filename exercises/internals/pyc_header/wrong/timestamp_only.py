"""Treats every hash-based file as never stale."""

import importlib.util
import marshal
import os
import py_compile

_MODES = {
    "timestamp": py_compile.PycInvalidationMode.TIMESTAMP,
    "checked": py_compile.PycInvalidationMode.CHECKED_HASH,
    "unchecked": py_compile.PycInvalidationMode.UNCHECKED_HASH,
}


def compile_pyc(source_path, mode="timestamp"):
    if mode not in _MODES:
        raise ValueError(f"unknown mode {mode!r}: use one of {sorted(_MODES)}")
    # An explicit mode: py_compile's default depends on SOURCE_DATE_EPOCH.
    return py_compile.compile(source_path, doraise=True, invalidation_mode=_MODES[mode])


def read_header(pyc_path):
    with open(pyc_path, "rb") as f:
        head = f.read(16)
    flags = int.from_bytes(head[4:8], "little")
    info = {
        "magic_ok": head[:4] == importlib.util.MAGIC_NUMBER,
        "mode": "timestamp",
        "mtime": None,
        "source_size": None,
        "source_hash": None,
    }
    if flags & 0b01:
        info["mode"] = "checked" if flags & 0b10 else "unchecked"
        info["source_hash"] = head[8:16]
    else:
        info["mtime"] = int.from_bytes(head[8:12], "little")
        info["source_size"] = int.from_bytes(head[12:16], "little")
    return info


def load_code(pyc_path):
    with open(pyc_path, "rb") as f:
        return marshal.loads(f.read()[16:])


def is_stale(source_path):
    pyc = importlib.util.cache_from_source(source_path)
    if not os.path.exists(pyc):
        return True
    head = read_header(pyc)
    if not head["magic_ok"]:
        return True
    if head["mode"] != "timestamp":
        return False  # "hash-based files are never stale"
    st = os.stat(source_path)
    return (
        head["mtime"] != int(st.st_mtime) & 0xFFFFFFFF
        or head["source_size"] != st.st_size & 0xFFFFFFFF
    )
