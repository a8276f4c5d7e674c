"""Ties are decided by set iteration order (the first run met wins), not by
the smallest first number."""


def longest_streak(nums):
    present = set(nums)
    best_start, best_len = 0, 0
    for x in present:
        if x - 1 in present:
            continue
        end = x
        while end + 1 in present:
            end += 1
        if end - x + 1 > best_len:
            best_start, best_len = x, end - x + 1
    return list(range(best_start, best_start + best_len))
