"""Wrong: reads nums twice (once to test for emptiness), so a generator loses its items."""
from functools import reduce


def word_lengths(text):
    return list(map(len, text.split()))


def evens_squared(nums):
    return list(map(lambda n: n * n, filter(lambda n: n % 2 == 0, nums)))


def product(nums):
    if not list(nums):
        return 1
    return reduce(lambda a, b: a * b, nums, 1)


def longest(words):
    return reduce(lambda best, w: w if best is None or len(w) > len(best) else best, words, None)


def flatten_once(lists):
    return reduce(lambda acc, inner: acc.extend(inner) or acc, lists, [])
