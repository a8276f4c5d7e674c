"""Wrong: folds with list.extend but without a fresh initial list, so the
first inner list becomes the accumulator and the caller's data is modified
(and an empty input raises TypeError)."""

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
        lambda best, word: word if best is None or len(word) > len(best) else best,
        words,
        None,
    )


def flatten_once(lists):
    return reduce(lambda acc, xs: acc.extend(xs) or acc, lists)
