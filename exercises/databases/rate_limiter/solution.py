"""A fixed-window rate limiter on a Redis counter."""


def allow(r, user, limit, window, now):
    start = now // window * window
    key = f"rate:{user}:{start}"
    count = r.incr(key)
    if count == 1:
        # This call created the key: it expires with its window.
        r.expire(key, window)
    return count <= limit
