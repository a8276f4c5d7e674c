"""Reference solution for internals/bytecode."""

import dis
import types

_JUMPS = set(dis.hasjrel) | set(dis.hasjabs)
_SKIP = {"RESUME", "NOP", "CACHE"}


def _codes(code):
    """code and every code object nested in it, depth first."""
    yield code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from _codes(const)


def global_names(func):
    names = set()
    for code in _codes(func.__code__):
        for ins in dis.get_instructions(code):
            if ins.opname == "LOAD_GLOBAL":
                names.add(ins.argval)  # argrepr is 'NULL + name' on 3.11+
    return sorted(names)


def has_loop(func):
    for code in _codes(func.__code__):
        for ins in dis.get_instructions(code):
            if ins.opcode in _JUMPS and ins.argval <= ins.offset:
                return True
    return False


def folded_value(src):
    code = compile(src, "<expr>", "eval")
    ins = [i for i in dis.get_instructions(code) if i.opname not in _SKIP]
    ops = [i.opname for i in ins]
    if ops in (["LOAD_CONST", "RETURN_VALUE"], ["RETURN_CONST"]):
        return ins[0].argval
    raise ValueError(f"{src!r} is not folded into one constant: {ops}")
