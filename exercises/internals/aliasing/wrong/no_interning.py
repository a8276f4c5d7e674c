"""Equal strings built at run time stay separate objects."""

import copy
import sys


def make_grid(rows, cols, fill=0):
    return [[fill] * cols for _ in range(rows)]


def append_item(item, items=None):
    if items is None:  # not `if not items`: an empty list given is still the caller's
        items = []
    items.append(item)
    return items


def clone_config(cfg):
    return copy.deepcopy(cfg)


def canonical(strings):
    return list(strings)


def count_objects(items):
    # Every item is alive (the list holds it), so ids are unique per object.
    return len({id(x) for x in items})
