"""Longest streak: see `grader show interview_coding/longest_streak`."""


def longest_streak(nums):
    """Return the longest run of consecutive integers found in nums, ascending."""
    raise NotImplementedError("write longest_streak()")
