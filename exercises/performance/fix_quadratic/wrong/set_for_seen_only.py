def session_report(events):
    seen = set()
    users = []
    for user, ts in events:
        if user not in seen:
            seen.add(user)
            users.append(user)
    report = []
    for user in users:  # still one full scan of events per user
        times = [ts for u, ts in events if u == user]
        report.append((user, len(times), max(times) - min(times)))
    return report
