"""Width off by one: counts the posts (j - i + 1), not the distance."""


def most_water(heights):
    i, j = 0, len(heights) - 1
    best = 0
    while i < j:
        best = max(best, min(heights[i], heights[j]) * (j - i + 1))
        if heights[i] < heights[j]:
            i += 1
        else:
            j -= 1
    return best
