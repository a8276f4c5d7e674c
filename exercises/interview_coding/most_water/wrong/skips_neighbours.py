"""Stops one step early (`i < j - 1`), so two neighbouring posts are never
tried as a pair."""


def most_water(heights):
    i, j = 0, len(heights) - 1
    best = 0
    while i < j - 1:
        best = max(best, min(heights[i], heights[j]) * (j - i))
        if heights[i] < heights[j]:
            i += 1
        else:
            j -= 1
    return best
