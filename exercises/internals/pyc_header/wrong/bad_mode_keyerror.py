import importlib.util, marshal, os, py_compile, struct
_MODES = {"timestamp": py_compile.PycInvalidationMode.TIMESTAMP,
          "checked": py_compile.PycInvalidationMode.CHECKED_HASH,
          "unchecked": py_compile.PycInvalidationMode.UNCHECKED_HASH}
def compile_pyc(source_path, mode="timestamp"):
    cfile = importlib.util.cache_from_source(source_path)
    return py_compile.compile(source_path, cfile=cfile, doraise=True, invalidation_mode=_MODES[mode])
def read_header(pyc_path):
    with open(pyc_path, "rb") as f:
        head = f.read(16)
    magic, flags = head[:4], struct.unpack("<I", head[4:8])[0]
    out = {"magic_ok": magic == importlib.util.MAGIC_NUMBER}
    if flags & 1:
        out.update(mode="checked" if flags & 2 else "unchecked", mtime=None, source_size=None, source_hash=head[8:16])
    else:
        mtime, size = struct.unpack("<II", head[8:16])
        out.update(mode="timestamp", mtime=mtime, source_size=size, source_hash=None)
    return out
def load_code(pyc_path):
    with open(pyc_path, "rb") as f:
        return marshal.loads(f.read()[16:])
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
    return h["mtime"] != int(st.st_mtime) % 2**32 or h["source_size"] != st.st_size % 2**32
