from functools import reduce
import operator


def word_lengths(text):
    return list(map(len, text.split()))


def evens_squared(nums):
    return list(map(lambda n: n * n, filter(lambda n: n % 2 == 0, nums)))


def product(nums):
    return reduce(operator.mul, nums) if nums else 1


def longest(words):
    return reduce(lambda best, w: w if best is None or len(w) > len(best) else best, words, None)


def flatten_once(lists):
    out = []
    reduce(lambda acc, inner: acc.extend(inner) or acc, lists, out)
    return out
