def allow(r, user, limit, window, now):
    start = now // window * window
    key = f"rate:{user}:{start}"
    n = r.incr(key)
    if n == 1:
        r.expire(key, start + window - now)   # expire exactly at the window's end
    return n <= limit
