"""Sort the distinct values once (O(n log n)), then one pass over them."""


def longest_streak(nums):
    values = sorted(set(nums))
    best = []
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[j] + 1:
            j += 1
        # strictly longer only: an equal run found later starts higher
        if j - i + 1 > len(best):
            best = values[i : j + 1]
        i = j + 1
    return best
