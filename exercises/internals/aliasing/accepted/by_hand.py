def make_grid(rows, cols, fill=0):
    grid = []
    for _ in range(rows):
        grid.append([fill for _ in range(cols)])
    return grid


def append_item(item, items=None):
    result = [] if items is None else items
    result.append(item)
    return result


def clone_config(cfg):
    if isinstance(cfg, dict):
        return {k: clone_config(v) for k, v in cfg.items()}
    if isinstance(cfg, list):
        return [clone_config(v) for v in cfg]
    return cfg


def canonical(strings):
    pool = {}
    return [pool.setdefault(s, s) for s in strings]


def count_objects(items):
    seen = []
    for x in items:
        if not any(x is y for y in seen):
            seen.append(x)
    return len(seen)
