def session_report(events):
    times = {}
    for user, ts in events:
        times.setdefault(user, []).append(ts)
    return [[u, len(t), max(t) - min(t)] for u, t in times.items()]
