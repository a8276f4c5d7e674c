"""Wrong: right answers, but written with comprehensions and a for loop,
which the exercise forbids."""

import operator
from functools import reduce


def word_lengths(text):
    return [len(w) for w in text.split()]


def evens_squared(nums):
    return [n * n for n in nums if n % 2 == 0]


def product(nums):
    result = 1
    for n in nums:
        result *= n
    return result


def longest(words):
    return max(words, key=len, default=None)


def flatten_once(lists):
    return [x for xs in lists for x in xs]
