"""A sweep over start (+1) and end (-1) events, counting open meetings."""


def free_slots(busy, day_start, day_end, min_len):
    events = []
    for s, e in busy:
        events.append((s, 1))
        events.append((e, -1))
    # at the same time, ends (-1) come before starts (+1): touching meetings
    # leave no gap, and a zero-length gap is never long enough anyway
    events.sort()
    result = []
    open_count = 0
    free_since = day_start
    for t, delta in events:
        t = min(max(t, day_start), day_end)
        if open_count == 0 and delta == 1:
            if t - free_since >= min_len:
                result.append((free_since, t))
        open_count += delta
        if open_count == 0:
            free_since = max(free_since, t)
    if day_end - free_since >= min_len:
        result.append((free_since, day_end))
    return result
