"""Another learner: refuse to forward 'probe' itself and dunder names."""


def report(thermometers):
    return list(map(lambda t: "{}: {:.1f}C".format(t.name, t.read()), thermometers))


class CelsiusAdapter:
    def __init__(self, probe):
        self.probe = probe

    @property
    def name(self):
        return getattr(self.probe, "serial")

    def read(self):
        return (self.probe.get_fahrenheit() - 32) * 5 / 9

    def __getattr__(self, attr):
        if attr == "probe" or (attr.startswith("__") and attr.endswith("__")):
            raise AttributeError(attr)
        return getattr(self.probe, attr)
