class AppError(Exception):
    status = 500


class ValidationError(AppError, ValueError):
    status = 400

    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message

    def __str__(self):
        return f"{self.field}: {self.message}"


class NotFoundError(AppError, LookupError):
    status = 404

    def __init__(self, kind, key):
        super().__init__(kind, key)
        self.kind = kind
        self.key = key

    def __str__(self):
        return f"{self.kind} {self.key!r} not found"


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
    except KeyError as e:
        raise NotFoundError("user", uid) from e


def respond(func, *args):
    try:
        result = func(*args)
    except AppError as e:
        return (e.status, str(e))
    return (200, result)
