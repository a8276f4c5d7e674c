"""Reference solution for interview_coding/longest_streak."""


def longest_streak(nums):
    """Return the longest run of consecutive integers found in nums, ascending."""
    present = set(nums)
    best_start, best_len = 0, 0
    for x in present:
        # Only walk from the first number of a run: each number is then
        # visited once in total, so the whole loop is O(n).
        if x - 1 in present:
            continue
        end = x
        while end + 1 in present:
            end += 1
        length = end - x + 1
        if length > best_len or (length == best_len and x < best_start):
            best_start, best_len = x, length
    return list(range(best_start, best_start + best_len))
