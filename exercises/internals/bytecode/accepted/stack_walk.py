import dis
from types import CodeType


def _all_code(func):
    stack, out = [func.__code__], []
    while stack:
        c = stack.pop()
        out.append(c)
        stack.extend(k for k in c.co_consts if type(k) is CodeType)
    return out


def global_names(func):
    found = []
    for c in _all_code(func):
        for i in dis.Bytecode(c):
            if i.opname == "LOAD_GLOBAL" and i.argval not in found:
                found.append(i.argval)
    return sorted(found)


def has_loop(func):
    jumps = dis.hasjrel + dis.hasjabs
    return any(
        i.opcode in jumps and i.argval <= i.offset
        for c in _all_code(func)
        for i in dis.Bytecode(c)
    )


def folded_value(src):
    code = compile(src, "<folded?>", "eval")
    real = [i for i in dis.Bytecode(code) if i.opname not in ("RESUME", "NOP", "CACHE")]
    if len(real) == 1 and real[0].opname == "RETURN_CONST":
        return real[0].argval
    if len(real) == 2 and real[0].opname == "LOAD_CONST" and real[1].opname == "RETURN_VALUE":
        return real[0].argval
    raise ValueError("not folded")
