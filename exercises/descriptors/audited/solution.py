"""Reference solution: each operation does its work first and logs only
once it has succeeded."""


class Audited:
    def __set_name__(self, owner, name):
        self.name = name
        self.key = "_" + name

    def _log(self, instance, entry):
        type(instance).audit_log.append(entry)

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            value = instance.__dict__[self.key]
        except KeyError:
            raise AttributeError(f"{self.name} is not set") from None
        self._log(instance, f"get {self.name}")
        return value

    def __set__(self, instance, value):
        instance.__dict__[self.key] = value
        self._log(instance, f"set {self.name}={value!r}")

    def __delete__(self, instance):
        try:
            del instance.__dict__[self.key]
        except KeyError:
            raise AttributeError(f"{self.name} is not set") from None
        self._log(instance, f"del {self.name}")
