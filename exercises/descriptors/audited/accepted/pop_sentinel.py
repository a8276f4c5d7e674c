"""Accepted: vars() with a sentinel instead of try/except."""

_NOTHING = object()


class Audited:
    def __set_name__(self, owner, name):
        self.name = name

    @property
    def slot(self):
        return "_" + self.name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = vars(instance).get(self.slot, _NOTHING)
        if value is _NOTHING:
            raise AttributeError(f"{self.name} is not set")
        type(instance).audit_log.append(f"get {self.name}")
        return value

    def __set__(self, instance, value):
        vars(instance)[self.slot] = value
        type(instance).audit_log.append(f"set {self.name}={value!r}")

    def __delete__(self, instance):
        if vars(instance).pop(self.slot, _NOTHING) is _NOTHING:
            raise AttributeError(f"{self.name} is not set")
        type(instance).audit_log.append(f"del {self.name}")
