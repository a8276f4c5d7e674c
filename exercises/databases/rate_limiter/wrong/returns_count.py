def allow(r, user, limit, window, now):
    key = f"rate:{user}:{now // window * window}"
    count = r.incr(key)
    if count == 1:
        r.expire(key, window)
    # "Truthy enough": the remaining allowance, 0 when used up.
    return max(0, limit - count + 1)
