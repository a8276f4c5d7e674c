def session_report(events):
    stats = {}
    for user, ts in events:
        s = stats.get(user)
        if s is None:
            stats[user] = [1, ts, ts]
        else:
            s[0] += 1
            if ts < s[1]:
                s[1] = ts
            if ts > s[2]:
                s[2] = ts
    return [(u, c, hi - lo) for u, (c, lo, hi) in stats.items()]
