"""Build order: see `grader show interview_coding/build_order`."""

import heapq


def build_order(tasks, deps):
    """Return every task once, prerequisites first, smallest ready name first."""
    raise NotImplementedError("write build_order()")
