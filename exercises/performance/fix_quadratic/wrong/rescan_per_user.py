def session_report(events):
    seen = {}
    for user, ts in events:
        seen.setdefault(user, None)
    report = []
    for user in seen:
        times = [ts for u, ts in events if u == user]
        report.append((user, len(times), max(times) - min(times)))
    return report
