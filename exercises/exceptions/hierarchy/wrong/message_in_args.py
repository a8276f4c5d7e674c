"""Wrong: formats the message into the arguments passed to Exception
(`super().__init__(f"{field}: {message}")`). str() looks right, but
e.args is wrong, and pickle/copy call ValidationError("age: x") and fail
with a TypeError about the missing argument."""


class AppError(Exception):
    status = 500


class ValidationError(AppError, ValueError):
    status = 400

    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFoundError(AppError, LookupError):
    status = 404

    def __init__(self, kind, key):
        super().__init__(f"{kind} {key!r} not found")
        self.kind = kind
        self.key = key


def parse_age(text):
    try:
        age = int(text.strip())
    except ValueError as exc:
        raise ValidationError("age", "must be an integer") from exc
    if not 0 <= age <= 150:
        raise ValidationError("age", "out of range")
    return age


def find_user(users, uid):
    try:
        return users[uid]
    except KeyError:
        raise NotFoundError("user", uid) from None


def respond(func, *args):
    try:
        return 200, func(*args)
    except AppError as exc:
        return exc.status, str(exc)
