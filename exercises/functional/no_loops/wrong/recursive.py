"""Wrong: replaces the loops with recursion, which hits the recursion limit
(RecursionError) on long inputs."""

import operator
from functools import reduce


def word_lengths(text):
    return list(map(len, text.split()))


def evens_squared(nums):
    return list(map(lambda n: n * n, filter(lambda n: n % 2 == 0, nums)))


def product(nums):
    nums = list(nums)
    return 1 if not nums else nums[0] * product(nums[1:])


def longest(words):
    return reduce(
        lambda best, word: word if best is None or len(word) > len(best) else best,
        words,
        None,
    )


def flatten_once(lists):
    lists = list(lists)
    return [] if not lists else list(lists[0]) + flatten_once(lists[1:])
