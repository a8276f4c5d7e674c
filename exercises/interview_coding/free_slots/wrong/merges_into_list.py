"""Correct results, but merges each meeting into the list of merged blocks by
scanning all of them: O(n) per meeting, quadratic in all."""


def free_slots(busy, day_start, day_end, min_len):
    merged = []
    for s, e in busy:
        kept = []
        for a, b in merged:
            if b < s or a > e:
                kept.append((a, b))
            else:
                s, e = min(a, s), max(b, e)
        kept.append((s, e))
        merged = kept
    merged.sort()
    slots = []
    free_from = day_start
    for s, e in merged:
        if s >= day_end:
            break
        if s - free_from >= min_len:
            slots.append((free_from, s))
        free_from = max(free_from, e)
    if day_end - free_from >= min_len:
        slots.append((free_from, day_end))
    return slots
