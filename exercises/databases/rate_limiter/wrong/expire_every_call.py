def allow(r, user, limit, window, now):
    key = f"rate:{user}:{now // window * window}"
    count = r.incr(key)
    r.expire(key, window)
    return count <= limit
