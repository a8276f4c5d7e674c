"""Sorts without removing duplicates, so a repeated number ends the run."""


def longest_streak(nums):
    values = sorted(nums)
    best = []
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[j] + 1:
            j += 1
        if j - i + 1 > len(best):
            best = values[i : j + 1]
        i = j + 1
    return best
