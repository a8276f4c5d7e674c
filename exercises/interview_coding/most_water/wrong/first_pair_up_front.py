"""Computes the outermost pair before the loop: an IndexError for an empty
list."""


def most_water(heights):
    i, j = 0, len(heights) - 1
    best = min(heights[i], heights[j]) * (j - i)
    while i < j:
        if heights[i] < heights[j]:
            i += 1
        else:
            j -= 1
        best = max(best, min(heights[i], heights[j]) * (j - i))
    return best
