"""After a meeting, free time starts at its end, even when the meeting sat
inside a longer one: a nested meeting opens a gap that is not free."""


def free_slots(busy, day_start, day_end, min_len):
    slots = []
    free_from = day_start
    for start, end in sorted(busy):
        if start >= day_end:
            break
        if start - free_from >= min_len:
            slots.append((free_from, start))
        if end > day_start:
            free_from = end
    if day_end - free_from >= min_len:
        slots.append((free_from, day_end))
    return slots
