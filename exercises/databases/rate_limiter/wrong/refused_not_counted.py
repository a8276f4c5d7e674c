def allow(r, user, limit, window, now):
    key = f"rate:{user}:{now // window * window}"
    current = int(r.get(key) or 0)
    if current >= limit:
        return False
    if r.incr(key) == 1:
        r.expire(key, window)
    return True
