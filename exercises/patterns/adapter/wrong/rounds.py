"""Wrong: read() rounds the temperature to one decimal."""


def report(thermometers):
    return [f"{t.name}: {t.read():.1f}C" for t in thermometers]


class CelsiusAdapter:
    def __init__(self, probe):
        self.probe = probe

    @property
    def name(self):
        return self.probe.serial

    def read(self):
        return round((self.probe.get_fahrenheit() - 32) * 5 / 9, 1)

    def __getattr__(self, attr):
        # Runs only when normal lookup fails.  copy.copy makes the object
        # without __init__, so 'probe' may be missing: never touch self.probe.
        try:
            probe = self.__dict__["probe"]
        except KeyError:
            raise AttributeError(attr) from None
        return getattr(probe, attr)
