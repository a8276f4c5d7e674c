import json


def make_grid(rows, cols, fill=0):
    return list(map(lambda _: [fill] * cols, range(rows)))


def append_item(item, items=None):
    if items is None:
        return [item]
    items += [item]
    return items


def clone_config(cfg):
    # the configs here are JSON-like: dicts with string keys, lists, scalars
    return json.loads(json.dumps(cfg))


def canonical(strings):
    first = {}
    out = []
    for s in strings:
        if s not in first:
            first[s] = s
        out.append(first[s])
    return out


def count_objects(items):
    return len(set(map(id, items)))
