"""Correct results, but walks up from every number, not only from the first
of each run: a run of length L costs L*L/2 steps, so it is quadratic."""


def longest_streak(nums):
    present = set(nums)
    best_start, best_len = 0, 0
    for x in present:
        end = x
        while end + 1 in present:
            end += 1
        length = end - x + 1
        if length > best_len or (length == best_len and x < best_start):
            best_start, best_len = x, length
    return list(range(best_start, best_start + best_len))
