"""Merge runs as numbers arrive: a dict keeps each run's length at its two ends."""


def longest_streak(nums):
    length_at = {}
    best_start, best_len = None, 0
    for x in nums:
        if x in length_at:
            continue
        left = length_at.get(x - 1, 0)
        right = length_at.get(x + 1, 0)
        total = left + 1 + right
        start = x - left
        length_at[x] = total
        length_at[start] = total
        length_at[x + right] = total
        if total > best_len or (total == best_len and start < best_start):
            best_start, best_len = start, total
    if best_len == 0:
        return []
    return [best_start + i for i in range(best_len)]
