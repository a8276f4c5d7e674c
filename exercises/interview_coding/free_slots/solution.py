"""Reference solution for interview_coding/free_slots."""


def free_slots(busy, day_start, day_end, min_len):
    """Return the free (start, end) stretches of [day_start, day_end), ascending."""
    slots = []
    free_from = day_start  # everything before this is busy or already reported
    for start, end in sorted(busy):  # a sorted copy: busy stays as it was
        if start >= day_end:
            break
        if start - free_from >= min_len:
            slots.append((free_from, start))
        # max(): a meeting nested inside an earlier one must not move it back
        free_from = max(free_from, end)
    if day_end - free_from >= min_len:
        slots.append((free_from, day_end))
    return slots
