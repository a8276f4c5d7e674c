"""Wrong: the name is copied once in __init__ instead of read live."""


def report(thermometers):
    return [f"{t.name}: {t.read():.1f}C" for t in thermometers]


class CelsiusAdapter:
    def __init__(self, probe):
        self.probe = probe
        self.name = probe.serial

    def read(self):
        return (self.probe.get_fahrenheit() - 32) * 5 / 9

    def __getattr__(self, attr):
        # Runs only when normal lookup fails.  copy.copy makes the object
        # without __init__, so 'probe' may be missing: never touch self.probe.
        try:
            probe = self.__dict__["probe"]
        except KeyError:
            raise AttributeError(attr) from None
        return getattr(probe, attr)
