from functools import reduce
import operator


def word_lengths(text):
    return list(map(len, text.split()))


def evens_squared(nums):
    return list(map(lambda n: n * n, filter(lambda n: n % 2 == 0, nums)))


def product(nums):
    return reduce(operator.mul, nums, 1)


def longest(words):
    if not words:
        return None
    return reduce(lambda best, w: w if len(w) > len(best) else best, words)


def flatten_once(lists):
    out = []
    reduce(lambda acc, inner: acc.extend(inner) or acc, lists, out)
    return out
