"""Two pointers that also skip every post no taller than the limiting one."""


def most_water(heights):
    best = 0
    lo, hi = 0, len(heights) - 1
    while lo < hi:
        level = min(heights[lo], heights[hi])
        best = max(best, level * (hi - lo))
        while lo < hi and heights[lo] <= level:
            lo += 1
        while lo < hi and heights[hi] <= level:
            hi -= 1
    return best
