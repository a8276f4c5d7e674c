"""Wrong: __getattr__ touches self.probe, which recurses when copy.copy calls it before __init__."""


def report(thermometers):
    return [f"{t.name}: {t.read():.1f}C" for t in thermometers]


class CelsiusAdapter:
    def __init__(self, probe):
        self.probe = probe

    @property
    def name(self):
        return self.probe.serial

    def read(self):
        return (self.probe.get_fahrenheit() - 32) * 5 / 9

    def __getattr__(self, attr):
        return getattr(self.probe, attr)
