"""Reference solution for performance/fix_quadratic."""


def session_report(events):
    stats = {}  # user -> [count, earliest, latest]; insertion order = first appearance
    for user, ts in events:
        entry = stats.get(user)
        if entry is None:
            stats[user] = [1, ts, ts]
        else:
            entry[0] += 1
            if ts < entry[1]:
                entry[1] = ts
            if ts > entry[2]:
                entry[2] = ts
    return [(user, count, latest - earliest) for user, (count, earliest, latest) in stats.items()]
