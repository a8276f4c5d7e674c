"""Wrong: reads audit_log from the class's own __dict__ only, so a subclass without its own list logs nowhere."""
class Audited:
    def __set_name__(self, owner, name):
        self.name = name
        self.key = "_" + name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            value = instance.__dict__[self.key]
        except KeyError:
            raise AttributeError(f"{self.name} is not set") from None
        type(instance).__dict__.setdefault('audit_log', []) if False else vars(type(instance)).get('audit_log', []).append(f"get {self.name}")
        return value

    def __set__(self, instance, value):
        instance.__dict__[self.key] = value
        type(instance).__dict__.setdefault('audit_log', []) if False else vars(type(instance)).get('audit_log', []).append(f"set {self.name}={value!r}")

    def __delete__(self, instance):
        if self.key not in instance.__dict__:
            raise AttributeError(f"{self.name} is not set")
        del instance.__dict__[self.key]
        type(instance).__dict__.setdefault('audit_log', []) if False else vars(type(instance)).get('audit_log', []).append(f"del {self.name}")
