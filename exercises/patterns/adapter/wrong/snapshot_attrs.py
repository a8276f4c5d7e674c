"""Wrong: snapshots the probe's attributes into the adapter at construction."""


def report(thermometers):
    return [f"{t.name}: {t.read():.1f}C" for t in thermometers]


class CelsiusAdapter:
    def __init__(self, probe):
        self.__dict__.update(getattr(probe, "__dict__", {}))
        self.probe = probe

    @property
    def name(self):
        return self.probe.serial

    def read(self):
        return (self.probe.get_fahrenheit() - 32) * 5 / 9

    def __getattr__(self, attr):
        if attr == "probe":
            raise AttributeError(attr)
        return getattr(self.probe, attr)
