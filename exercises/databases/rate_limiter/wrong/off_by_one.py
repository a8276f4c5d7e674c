def allow(r, user, limit, window, now):
    key = f"rate:{user}:{now // window * window}"
    count = r.incr(key)
    if count == 1:
        r.expire(key, window)
    return count < limit
