def allow(r, user, limit, window, now):
    key = f"rate:{user}:{now // window * window}"
    # Creates the key at 0 with its expiry only if it is not there yet.
    r.set(key, 0, ex=window, nx=True)
    return r.incr(key) <= limit
