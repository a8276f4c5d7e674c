"""Timing decorator: see `grader show decorators/timing`."""

import functools
import time


def timing(func):
    """Return a wrapper that times every call of func."""
    raise NotImplementedError("write timing()")
