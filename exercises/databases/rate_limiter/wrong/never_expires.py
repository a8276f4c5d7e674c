def allow(r, user, limit, window, now):
    key = f"rate:{user}:{now // window * window}"
    return r.incr(key) <= limit
