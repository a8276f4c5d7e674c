"""Reference solution for exceptions/hierarchy."""


class AppError(Exception):
    """Base class of every error the application raises on purpose."""

    status = 500


class ValidationError(AppError, ValueError):
    """A field of the input is invalid."""

    status = 400

    def __init__(self, field, message):
        # Pass every constructor argument to Exception: pickle and copy
        # rebuild the exception as ValidationError(*self.args).
        super().__init__(field, message)
        self.field = field
        self.message = message

    def __str__(self):
        return f"{self.field}: {self.message}"


class NotFoundError(AppError, LookupError):
    """A lookup by key found nothing."""

    status = 404

    def __init__(self, kind, key):
        super().__init__(kind, key)
        self.kind = kind
        self.key = key

    def __str__(self):
        return f"{self.kind} {self.key!r} not found"


def parse_age(text):
    """Return text as an int age in 0..150, or raise ValidationError."""
    try:
        age = int(text.strip())
    except ValueError as exc:
        raise ValidationError("age", "must be an integer") from exc
    else:
        if not 0 <= age <= 150:
            raise ValidationError("age", "out of range")
        return age


def find_user(users, uid):
    """Return users[uid], or raise NotFoundError('user', uid)."""
    try:
        return users[uid]
    except KeyError:
        raise NotFoundError("user", uid) from None


def respond(func, *args):
    """Call func(*args) and turn the outcome into (status, body)."""
    try:
        result = func(*args)
    except AppError as exc:
        return exc.status, str(exc)
    return 200, result
