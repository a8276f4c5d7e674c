from collections import defaultdict


def session_report(events):
    times = defaultdict(list)
    for user, ts in events:
        times[user].append(ts)
    return [(user, len(ts), max(ts) - min(ts)) for user, ts in times.items()]
