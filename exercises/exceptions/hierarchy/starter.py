"""Custom exception hierarchy: see `grader show exceptions/hierarchy`."""


class AppError(Exception):
    """Base class of every error the application raises on purpose."""


class ValidationError(AppError):
    """A field of the input is invalid."""

    def __init__(self, field, message):
        raise NotImplementedError("write ValidationError")


class NotFoundError(AppError):
    """A lookup by key found nothing."""

    def __init__(self, kind, key):
        raise NotImplementedError("write NotFoundError")


def parse_age(text):
    """Return text as an int age in 0..150, or raise ValidationError."""
    raise NotImplementedError("write parse_age()")


def find_user(users, uid):
    """Return users[uid], or raise NotFoundError('user', uid)."""
    raise NotImplementedError("write find_user()")


def respond(func, *args):
    """Call func(*args) and turn the outcome into (status, body)."""
    raise NotImplementedError("write respond()")
