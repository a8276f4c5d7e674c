def report(thermometers):
    return [f"{t.name}: {t.read():.1f}C" for t in thermometers]


class CelsiusAdapter:
    def __init__(self, probe):
        self.probe = probe

    @property
    def name(self):
        return self.probe.serial

    def read(self):
        if self.probe.get_fahrenheit() is None:
            raise ValueError("no reading")
        return (self.probe.get_fahrenheit() - 32) * 5 / 9

    def __getattr__(self, attr):
        # only reached when normal lookup fails; during copy.copy 'probe' is not set yet
        try:
            probe = self.__dict__["probe"]
        except KeyError:
            raise AttributeError(attr) from None
        return getattr(probe, attr)
