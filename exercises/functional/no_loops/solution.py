"""Reference solution for functional/no_loops."""

import operator
from functools import reduce


def word_lengths(text):
    """Return the lengths of the whitespace-separated words of text."""
    return list(map(len, text.split()))


def evens_squared(nums):
    """Return the squares of the even numbers of nums, in order."""
    return list(map(lambda n: n * n, filter(lambda n: n % 2 == 0, nums)))


def product(nums):
    """Return the product of nums (1 when empty)."""
    return reduce(operator.mul, nums, 1)


def longest(words):
    """Return the first longest word, or None when there is none."""
    return reduce(
        lambda best, word: word if best is None or len(word) > len(best) else best,
        words,
        None,
    )


def flatten_once(lists):
    """Return the items of the inner lists as one list."""
    # The fresh [] is extended in place (+=), so the fold stays linear and
    # never touches the caller's lists.
    return reduce(operator.iadd, lists, [])
