"""Uses vars(instance) and dict.pop with a sentinel for delete."""
class Audited:
    def __set_name__(self, owner, name):
        self._name = name

    def _log(self, instance, text):
        type(instance).audit_log.append(text)

    def _store(self, instance):
        return vars(instance)

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        store = self._store(instance)
        slot = "_%s" % self._name
        if slot not in store:
            raise AttributeError("%s is not set" % self._name)
        self._log(instance, "get " + self._name)
        return store[slot]

    def __set__(self, instance, value):
        self._store(instance)["_" + self._name] = value
        self._log(instance, "set %s=%r" % (self._name, value))

    def __delete__(self, instance):
        store = self._store(instance)
        if store.pop("_" + self._name, self) is self:
            raise AttributeError("%s is not set" % self._name)
        self._log(instance, "del " + self._name)
