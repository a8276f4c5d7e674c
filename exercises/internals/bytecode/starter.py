"""Reading bytecode with dis: see `grader show internals/bytecode`."""


def global_names(func):
    raise NotImplementedError("write global_names")


def has_loop(func):
    raise NotImplementedError("write has_loop")


def folded_value(src):
    raise NotImplementedError("write folded_value")
