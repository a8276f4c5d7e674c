"""operator module and itertools, still no loops."""
import operator
from functools import reduce
from itertools import chain

square = lambda n: n ** 2  # noqa: E731


def word_lengths(text):
    return list(map(len, str.split(text)))


def evens_squared(nums):
    return list(map(square, filter(lambda n: not n % 2, nums)))


def product(nums):
    return reduce(operator.mul, nums, 1)


def longest(words):
    return max(words, key=len, default=None)


def flatten_once(lists):
    return list(chain.from_iterable(lists))
