"""Wrong: respond hard-codes the statuses with an isinstance chain instead
of reading the class attribute, so a new AppError subclass with its own
status is answered with 500."""


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
    except KeyError:
        raise NotFoundError("user", uid) from None


def respond(func, *args):
    try:
        return 200, func(*args)
    except ValidationError as exc:
        return 400, str(exc)
    except NotFoundError as exc:
        return 404, str(exc)
    except AppError as exc:
        return 500, str(exc)
