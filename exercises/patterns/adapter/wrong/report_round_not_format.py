def report(thermometers):
    return [f"{t.name}: {round(t.read(), 1)}C" for t in thermometers]


class CelsiusAdapter:
    def __init__(self, probe):
        self.probe = probe

    @property
    def name(self):
        return self.probe.serial

    def read(self):
        f = self.probe.get_fahrenheit()
        return (f - 32) * 5 / 9

    def __getattr__(self, attr):
        # only reached when normal lookup fails; during copy.copy 'probe' is not set yet
        try:
            probe = self.__dict__["probe"]
        except KeyError:
            raise AttributeError(attr) from None
        return getattr(probe, attr)
