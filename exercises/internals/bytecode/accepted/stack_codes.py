import dis
from types import CodeType

def _all_code(func):
    todo = [getattr(func, "__code__", func)]
    while todo:
        code = todo.pop()
        yield code
        todo.extend(c for c in code.co_consts if isinstance(c, CodeType))

def global_names(func):
    names = set()
    for code in _all_code(func):
        for ins in dis.get_instructions(code):
            if ins.opname == "LOAD_GLOBAL":
                names.add(ins.argval)
    return sorted(names)

def has_loop(func):
    jump_ops = set(dis.hasjrel).union(dis.hasjabs)
    return any(
        ins.opcode in jump_ops and ins.argval <= ins.offset
        for code in _all_code(func)
        for ins in dis.get_instructions(code)
    )

def folded_value(src):
    code = compile(src, "<folded>", "eval")
    ops = [(i.opname, i.argval) for i in dis.get_instructions(code)
           if i.opname not in {"RESUME", "NOP", "CACHE"}]
    names = [o for o, _ in ops]
    if names == ["LOAD_CONST", "RETURN_VALUE"]:
        return ops[0][1]
    if names == ["RETURN_CONST"]:
        return ops[0][1]
    raise ValueError(f"{src!r} is not a constant expression")
