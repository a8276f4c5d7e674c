"""Retry decorator with arguments: see `grader show decorators/retry`."""

import functools
import time


def retry(times=3, exceptions=(Exception,), delay=0.0, backoff=1.0):
    """Return a decorator that retries calls which raise one of exceptions."""
    raise NotImplementedError("write retry()")
