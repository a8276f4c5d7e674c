from collections import defaultdict
def session_report(events):
    times = defaultdict(list)
    for user, ts in events:
        times[user].append(ts)
    return [(user, len(t), max(t) - min(t)) for user, t in times.items()]
