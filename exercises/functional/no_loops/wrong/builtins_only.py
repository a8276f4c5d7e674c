"""Wrong: avoids loops, but swaps reduce and lambda for other built-ins
(math.prod, max, itertools.chain) and named helpers, so the exercise's
tools are not practised."""

import itertools
import math


def _is_even(n):
    return n % 2 == 0


def _square(n):
    return n * n


def word_lengths(text):
    return list(map(len, text.split()))


def evens_squared(nums):
    return list(map(_square, filter(_is_even, nums)))


def product(nums):
    return math.prod(nums)


def longest(words):
    return max(words, key=len, default=None)


def flatten_once(lists):
    return list(itertools.chain.from_iterable(lists))
