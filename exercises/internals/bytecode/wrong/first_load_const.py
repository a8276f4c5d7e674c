import dis, types
def _codes(code):
    yield code
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            yield from _codes(c)
def _code(f):
    return f if isinstance(f, types.CodeType) else f.__code__
def global_names(func):
    return sorted({i.argval for c in _codes(_code(func)) for i in dis.get_instructions(c) if i.opname == "LOAD_GLOBAL"})
def has_loop(func):
    jumps = set(dis.hasjrel) | set(dis.hasjabs)
    for c in _codes(_code(func)):
        for i in dis.get_instructions(c):
            if i.opcode in jumps and isinstance(i.argval, int) and i.argval <= i.offset:
                return True
    return False
def folded_value(src):
    code = compile(src, "<expr>", "eval")
    ins = [i for i in dis.get_instructions(code) if i.opname not in ("RESUME", "NOP", "CACHE")]
    if ins[0].opname == "LOAD_CONST":
        return ins[0].argval
    if len(ins) == 1 and ins[0].opname == "RETURN_CONST":
        return ins[0].argval
    raise ValueError("not folded: " + src)
