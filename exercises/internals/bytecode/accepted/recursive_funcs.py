import dis
import inspect


def _globals_in(code, acc):
    for ins in dis.get_instructions(code):
        if ins.opname == "LOAD_GLOBAL":
            acc.add(ins.argval)
    for const in code.co_consts:
        if inspect.iscode(const):
            _globals_in(const, acc)
    return acc


def global_names(func):
    return sorted(_globals_in(func.__code__, set()))


def _loops(code):
    for ins in dis.get_instructions(code):
        if (ins.opcode in dis.hasjrel or ins.opcode in dis.hasjabs) and ins.argval <= ins.offset:
            return True
    return any(_loops(c) for c in code.co_consts if inspect.iscode(c))


def has_loop(func):
    return _loops(func.__code__)


_MISSING = object()


def folded_value(src):
    ops = []
    value = _MISSING
    for ins in dis.get_instructions(compile(src, "<s>", "eval")):
        if ins.opname in {"RESUME", "NOP", "CACHE"}:
            continue
        ops.append(ins.opname)
        if ins.opname in {"LOAD_CONST", "RETURN_CONST"} and value is _MISSING:
            value = ins.argval
    if ops == ["LOAD_CONST", "RETURN_VALUE"] or ops == ["RETURN_CONST"]:
        return value
    raise ValueError(src)
