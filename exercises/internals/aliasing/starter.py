"""Names, objects and aliasing: see `grader show internals/aliasing`."""


def make_grid(rows, cols, fill=0):
    raise NotImplementedError("write make_grid")


def append_item(item, items=None):
    raise NotImplementedError("write append_item")


def clone_config(cfg):
    raise NotImplementedError("write clone_config")


def canonical(strings):
    raise NotImplementedError("write canonical")


def count_objects(items):
    raise NotImplementedError("write count_objects")
