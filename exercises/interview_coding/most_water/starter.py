"""Most water between two posts: see `grader show interview_coding/most_water`."""


def most_water(heights):
    """Return the largest min(heights[i], heights[j]) * (j - i) over i < j."""
    raise NotImplementedError("write most_water()")
