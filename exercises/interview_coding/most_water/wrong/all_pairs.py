"""Correct results, but tries every pair: quadratic."""


def most_water(heights):
    best = 0
    n = len(heights)
    for i in range(n):
        for j in range(i + 1, n):
            area = min(heights[i], heights[j]) * (j - i)
            if area > best:
                best = area
    return best
