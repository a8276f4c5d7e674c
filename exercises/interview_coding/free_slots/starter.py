"""Free slots in a calendar: see `grader show interview_coding/free_slots`."""


def free_slots(busy, day_start, day_end, min_len):
    """Return the free (start, end) stretches of [day_start, day_end), ascending."""
    raise NotImplementedError("write free_slots()")
