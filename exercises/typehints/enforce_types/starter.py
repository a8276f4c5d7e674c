"""Enforce type hints at run time: see `grader show typehints/enforce_types`."""

import functools
import inspect
import typing


def enforce_types(func):
    """Return a wrapper checking arguments and return value against func's type hints."""
    raise NotImplementedError("write enforce_types()")
