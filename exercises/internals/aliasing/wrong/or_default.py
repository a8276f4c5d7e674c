"""`items or []` replaces an empty list the caller gave."""

import copy
import sys


def make_grid(rows, cols, fill=0):
    return [[fill] * cols for _ in range(rows)]


def append_item(item, items=None):
    items = items or []
    items.append(item)
    return items


def clone_config(cfg):
    return copy.deepcopy(cfg)


def canonical(strings):
    return [sys.intern(s) for s in strings]


def count_objects(items):
    # Every item is alive (the list holds it), so ids are unique per object.
    return len({id(x) for x in items})
