"""Two steps: clip and merge the busy intervals, then read the gaps between them."""


def free_slots(busy, day_start, day_end, min_len):
    clipped = sorted(
        (max(s, day_start), min(e, day_end))
        for s, e in busy
        if e > day_start and s < day_end
    )
    merged = []
    for s, e in clipped:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    edges = [day_start] + [x for pair in merged for x in pair] + [day_end]
    gaps = zip(edges[0::2], edges[1::2])
    return [(s, e) for s, e in gaps if e - s >= min_len]
