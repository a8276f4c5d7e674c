import copy, sys
def make_grid(rows, cols, fill=0):
    return [[fill] * cols for _ in range(rows)]
def append_item(item, items=None):
    if items is None:
        items = []
    items.append(item)
    return items
def clone_config(cfg):
    return copy.deepcopy(cfg)
def canonical(strings):
    return [sys.intern(s) for s in strings]
def count_objects(items):
    return len({id(x) for x in items})
