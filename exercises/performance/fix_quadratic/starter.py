"""Fix the quadratic report: see `grader show performance/fix_quadratic`."""


def session_report(events):
    """events: a list of (user, timestamp) pairs, in no particular order."""
    users = []
    for user, ts in events:
        if user not in users:
            users.append(user)
    report = []
    for user in users:
        times = [ts for u, ts in events if u == user]
        report.append((user, len(times), max(times) - min(times)))
    return report
