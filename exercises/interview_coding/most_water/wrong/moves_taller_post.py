"""Moves the pointer at the taller post inward: it drops posts that could
still make the best pair."""


def most_water(heights):
    i, j = 0, len(heights) - 1
    best = 0
    while i < j:
        best = max(best, min(heights[i], heights[j]) * (j - i))
        if heights[i] > heights[j]:
            i += 1
        else:
            j -= 1
    return best
