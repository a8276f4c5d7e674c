"""Annotate for mypy: see `grader show typehints/annotate`."""

from typing import Callable, Dict, Iterable, List, Optional, Tuple

Handler = None   # a function taking one str and returning an int
Registry = None  # a dict from str to Handler


def find_user(users, user_id):
    raise NotImplementedError("write and annotate find_user()")


def greet(users, user_id, greeting=None):
    raise NotImplementedError("write and annotate greet()")


def apply_all(func, values):
    raise NotImplementedError("write and annotate apply_all()")


def group_by_length(words):
    raise NotImplementedError("write and annotate group_by_length()")


def parse_pair(text):
    raise NotImplementedError("write and annotate parse_pair()")


def register(registry, name, handler):
    raise NotImplementedError("write and annotate register()")
