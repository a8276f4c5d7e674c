"""Wrong: calls reduce without an initial value, so an empty input raises
TypeError ("reduce() of empty iterable with no initial value")."""

import operator
from functools import reduce


def word_lengths(text):
    return list(map(len, text.split()))


def evens_squared(nums):
    return list(map(lambda n: n * n, filter(lambda n: n % 2 == 0, nums)))


def product(nums):
    return reduce(operator.mul, nums)


def longest(words):
    return reduce(lambda best, word: word if len(word) > len(best) else best, words)


def flatten_once(lists):
    return reduce(lambda acc, xs: acc + list(xs), lists, [])
