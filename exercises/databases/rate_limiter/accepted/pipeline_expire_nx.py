def allow(r, user, limit, window, now):
    key = "rate:%s:%d" % (user, now - now % window)
    with r.pipeline(transaction=True) as pipe:
        pipe.incr(key)
        pipe.expire(key, window, nx=True)
        count, _ = pipe.execute()
    return bool(count <= limit)
