class Audited:
    def __set_name__(self, owner, name):
        self.name = name
        self.key = "_" + name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__.get(self.key)
        if value is None:
            raise AttributeError(f"{self.name} is not set")
        type(instance).audit_log.append(f"get {self.name}")
        return value

    def __set__(self, instance, value):
        instance.__dict__[self.key] = value
        type(instance).audit_log.append(f"set {self.name}={value!r}")

    def __delete__(self, instance):
        if self.key not in instance.__dict__:
            raise AttributeError(f"{self.name} is not set")
        del instance.__dict__[self.key]
        type(instance).audit_log.append(f"del {self.name}")
