"""Wrong: returns the lazy map/filter objects instead of lists (and lets
flatten_once return whatever the fold produced)."""

import operator
from functools import reduce


def word_lengths(text):
    return map(len, text.split())


def evens_squared(nums):
    return map(lambda n: n * n, filter(lambda n: n % 2 == 0, nums))


def product(nums):
    return reduce(operator.mul, nums, 1)


def longest(words):
    return reduce(
        lambda best, word: word if best is None or len(word) > len(best) else best,
        words,
        None,
    )


def flatten_once(lists):
    return reduce(operator.iadd, lists, [])
