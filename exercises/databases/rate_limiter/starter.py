"""A fixed-window rate limiter on a Redis counter."""


def allow(r, user, limit, window, now):
    raise NotImplementedError
