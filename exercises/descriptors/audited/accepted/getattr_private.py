"""Accepted: getattr/setattr/delattr on the private name (no descriptor
lives there, so they touch the instance dict); the owner passed to
__get__ gives the log."""


class Audited:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            value = getattr(instance, self.private)
        except AttributeError:
            raise AttributeError("%s is not set" % self.public)
        (owner or type(instance)).audit_log.append("get " + self.public)
        return value

    def __set__(self, instance, value):
        setattr(instance, self.private, value)
        type(instance).audit_log.append("set %s=%r" % (self.public, value))

    def __delete__(self, instance):
        try:
            delattr(instance, self.private)
        except AttributeError:
            raise AttributeError("%s is not set" % self.public)
        type(instance).audit_log.append("del " + self.public)
