"""Wrong: compares with >= in longest, so a later word of the same length
replaces the first one."""

import operator
from functools import reduce


def word_lengths(text):
    return list(map(len, text.split()))


def evens_squared(nums):
    return list(map(lambda n: n * n, filter(lambda n: n % 2 == 0, nums)))


def product(nums):
    return reduce(operator.mul, nums, 1)


def longest(words):
    return reduce(
        lambda best, word: word if best is None or len(word) >= len(best) else best,
        words,
        None,
    )


def flatten_once(lists):
    return reduce(operator.iadd, lists, [])
