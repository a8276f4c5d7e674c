def session_report(events):
    count = {}; lo = {}; hi = {}
    for user, ts in events:
        if user in count:
            count[user] += 1
            lo[user] = min(lo[user], ts)
            hi[user] = max(hi[user], ts)
        else:
            count[user] = 1; lo[user] = ts; hi[user] = ts
    return [(u, count[u], hi[u] - lo[u]) for u in count]
