def make_grid(rows, cols, fill=0):
    grid = []
    for _ in range(rows):
        row = []
        for _ in range(cols):
            row.append(fill)
        grid.append(row)
    return grid

def append_item(item, items=None):
    target = [] if items is None else items
    target.append(item)
    return target

def clone_config(cfg):
    if isinstance(cfg, dict):
        return {k: clone_config(v) for k, v in cfg.items()}
    if isinstance(cfg, list):
        return [clone_config(v) for v in cfg]
    return cfg

def canonical(strings):
    first = {}
    return [first.setdefault(s, s) for s in strings]

def count_objects(items):
    seen = []
    for x in items:
        if not any(x is y for y in seen):
            seen.append(x)
    return len(seen)
