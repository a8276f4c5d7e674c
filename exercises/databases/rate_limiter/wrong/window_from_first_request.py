def allow(r, user, limit, window, now):
    # The window opens at the user's first request and lasts `window` seconds.
    starts = r.keys(f"rate:{user}:*")
    start = now
    for k in starts:
        s = int(k.rsplit(b":", 1)[1])
        if s <= now < s + window:
            start = s
    key = f"rate:{user}:{start}"
    count = r.incr(key)
    if count == 1:
        r.expire(key, window)
    return count <= limit
