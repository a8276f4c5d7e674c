"""Correct results, but tests membership in the list itself: each `in` scans
the list, so the whole function is quadratic."""


def longest_streak(nums):
    best_start, best_len = 0, 0
    for x in nums:
        if x - 1 in nums:
            continue
        end = x
        while end + 1 in nums:
            end += 1
        length = end - x + 1
        if length > best_len or (length == best_len and x < best_start):
            best_start, best_len = x, length
    return list(range(best_start, best_start + best_len))
