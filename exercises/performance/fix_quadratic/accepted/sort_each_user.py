def session_report(events):
    groups = {}
    for user, ts in events:
        groups.setdefault(user, []).append(ts)
    out = []
    for user, ts_list in groups.items():
        ts_list.sort()
        out.append((user, len(ts_list), ts_list[-1] - ts_list[0]))
    return out
