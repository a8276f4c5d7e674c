"""Wrong: "adapts" by patching read/name onto the probe's class and returning the probe."""


def report(thermometers):
    return [f"{t.name}: {t.read():.1f}C" for t in thermometers]


class CelsiusAdapter:
    def __new__(cls, probe):
        kind = type(probe)
        if not hasattr(kind, "read"):
            kind.read = lambda self: (self.get_fahrenheit() - 32) * 5 / 9
            kind.name = property(lambda self: self.serial)
            kind.probe = property(lambda self: self)
        return probe
