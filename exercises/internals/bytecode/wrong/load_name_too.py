import dis
import types


def _codes(code):
    yield code
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            yield from _codes(c)


def global_names(func):
    names = set()
    for code in _codes(func.__code__):
        for ins in dis.get_instructions(code):
            if ins.opname in ("LOAD_GLOBAL", "LOAD_NAME"):
                names.add(ins.argval)
    return sorted(names)


def has_loop(func):
    jumps = set(dis.hasjrel) | set(dis.hasjabs)
    for code in _codes(func.__code__):
        for ins in dis.get_instructions(code):
            if ins.opcode in jumps and isinstance(ins.argval, int) and ins.argval <= ins.offset:
                return True
    return False


def folded_value(src):
    code = compile(src, "<expr>", "eval")
    ins = [i for i in dis.get_instructions(code) if i.opname not in ("RESUME", "NOP", "CACHE")]
    if len(ins) == 2 and ins[0].opname == "LOAD_CONST" and ins[1].opname == "RETURN_VALUE":
        return ins[0].argval
    if len(ins) == 1 and ins[0].opname == "RETURN_CONST":
        return ins[0].argval
    raise ValueError("not folded: " + src)
