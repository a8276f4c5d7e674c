"""The right data structure: see `grader show performance/right_structure`."""


def last_items(iterable, n):
    raise NotImplementedError("write last_items")


def group_pairs(pairs):
    raise NotImplementedError("write group_pairs")


def top_words(words, k):
    raise NotImplementedError("write top_words")


def common(a, b):
    raise NotImplementedError("write common")
