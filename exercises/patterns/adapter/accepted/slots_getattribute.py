"""A learner's version: __slots__ and object.__getattribute__ to guard __getattr__."""


def report(thermometers):
    lines = []
    for t in thermometers:
        lines.append("%s: %.1fC" % (t.name, t.read()))
    return lines


class CelsiusAdapter:
    __slots__ = ("probe",)

    def __init__(self, probe):
        self.probe = probe

    name = property(lambda self: self.probe.serial)

    def read(self):
        fahrenheit = self.probe.get_fahrenheit()
        return (fahrenheit - 32) * 5 / 9

    def __getattr__(self, attr):
        try:
            probe = object.__getattribute__(self, "probe")
        except AttributeError:
            raise AttributeError(attr)
        return getattr(probe, attr)
