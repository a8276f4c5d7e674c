class AppError(Exception):
    status = 500


class ValidationError(AppError, ValueError):
    status = 400

    def __init__(self, field, message):
        super().__init__(field, message)

    field = property(lambda self: self.args[0])
    message = property(lambda self: self.args[1])

    def __str__(self):
        return "%s: %s" % self.args


class NotFoundError(AppError, LookupError):
    status = 404

    def __init__(self, kind, key):
        super().__init__(kind, key)

    @property
    def kind(self):
        return self.args[0]

    @property
    def key(self):
        return self.args[1]

    def __str__(self):
        return "%s %r not found" % (self.kind, self.key)


def parse_age(text):
    cleaned = text.strip()
    error = None
    try:
        value = int(cleaned)
    except ValueError as e:
        error = e
    if error is not None:
        raise ValidationError("age", "must be an integer") from error
    if value < 0 or value > 150:
        raise ValidationError("age", "out of range")
    return value


def find_user(users, uid):
    if uid not in users:
        raise NotFoundError("user", uid) from None
    return users[uid]


def respond(func, *args):
    try:
        return 200, func(*args)
    except AppError as error:
        return error.status, str(error)
