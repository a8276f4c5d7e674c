def session_report(events):
    users = []
    times = {}
    for user, ts in events:
        if user not in users:  # a list scan per event
            users.append(user)
            times[user] = []
        times[user].append(ts)
    return [(u, len(times[u]), max(times[u]) - min(times[u])) for u in users]
