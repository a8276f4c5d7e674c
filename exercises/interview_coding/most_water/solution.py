"""Reference solution for interview_coding/most_water."""


def most_water(heights):
    """Return the largest min(heights[i], heights[j]) * (j - i) over i < j."""
    i, j = 0, len(heights) - 1
    best = 0
    while i < j:
        # The shorter post limits every pair it could still form with a post
        # nearer the middle, so it can be dropped after this one pair.
        if heights[i] < heights[j]:
            area = heights[i] * (j - i)
            i += 1
        else:
            area = heights[j] * (j - i)
            j -= 1
        if area > best:
            best = area
    return best
