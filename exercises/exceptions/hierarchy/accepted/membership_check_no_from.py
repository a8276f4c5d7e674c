class AppError(Exception):
    status = 500


class ValidationError(AppError, ValueError):
    status = 400

    def __init__(self, field, message):
        super().__init__(field, message)

    @property
    def field(self):
        return self.args[0]

    @property
    def message(self):
        return self.args[1]

    def __str__(self):
        return "%s: %s" % self.args


class NotFoundError(AppError, LookupError):
    status = 404

    def __init__(self, kind, key):
        super().__init__(kind, key)

    kind = property(lambda self: self.args[0])
    key = property(lambda self: self.args[1])

    def __str__(self):
        return "%s %r not found" % (self.kind, self.key)


def parse_age(text):
    stripped = text.strip()
    try:
        value = int(stripped)
    except ValueError as e:
        raise ValidationError("age", "must be an integer") from e
    if value < 0 or value > 150:
        raise ValidationError("age", "out of range")
    return value


def find_user(users, uid):
    if uid not in users:
        raise NotFoundError("user", uid)
    return users[uid]


def respond(func, *args):
    try:
        return 200, func(*args)
    except AppError as error:
        return error.status, str(error)
