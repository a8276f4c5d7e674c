"""Data pipeline without loops: see `grader show functional/no_loops`."""

import operator
from functools import reduce


def word_lengths(text):
    """Return the lengths of the whitespace-separated words of text."""
    raise NotImplementedError("write word_lengths()")


def evens_squared(nums):
    """Return the squares of the even numbers of nums, in order."""
    raise NotImplementedError("write evens_squared()")


def product(nums):
    """Return the product of nums (1 when empty)."""
    raise NotImplementedError("write product()")


def longest(words):
    """Return the first longest word, or None when there is none."""
    raise NotImplementedError("write longest()")


def flatten_once(lists):
    """Return the items of the inner lists as one list."""
    raise NotImplementedError("write flatten_once()")
