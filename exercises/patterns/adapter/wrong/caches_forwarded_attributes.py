def report(thermometers):
    return [f"{t.name}: {t.read():.1f}C" for t in thermometers]


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
        if attr == "probe":
            raise AttributeError(attr)
        value = getattr(self.probe, attr)
        self.__dict__[attr] = value   # cache for speed
        return value
