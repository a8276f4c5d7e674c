def session_report(events):
    stats = {}
    for user, ts in events:
        if user in stats:
            stats[user][0] += 1
            stats[user][2] = ts
        else:
            stats[user] = [1, ts, ts]
    return [(u, c, last - first) for u, (c, first, last) in stats.items()]
