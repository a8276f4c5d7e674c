"""Keeps only gaps strictly longer than min_len: a gap of exactly min_len
minutes is long enough."""


def free_slots(busy, day_start, day_end, min_len):
    slots = []
    free_from = day_start
    for start, end in sorted(busy):
        if start >= day_end:
            break
        if start - free_from > min_len:
            slots.append((free_from, start))
        free_from = max(free_from, end)
    if day_end - free_from > min_len:
        slots.append((free_from, day_end))
    return slots
