"""Marks numbers in a list of flags indexed by the number itself, as a
counting sort would: fine for small non-negative numbers only."""


def longest_streak(nums):
    if not nums:
        return []
    flags = [False] * (max(nums) + 2)
    for x in nums:
        flags[x] = True
    best_start, best_len = 0, 0
    run_start = None
    for i, flag in enumerate(flags):
        if flag and run_start is None:
            run_start = i
        elif not flag and run_start is not None:
            if i - run_start > best_len:
                best_start, best_len = run_start, i - run_start
            run_start = None
    return list(range(best_start, best_start + best_len))
