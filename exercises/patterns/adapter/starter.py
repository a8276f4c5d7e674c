"""An object adapter that delegates: see `grader show patterns/adapter`."""


def report(thermometers):
    raise NotImplementedError("write report()")


class CelsiusAdapter:
    def __init__(self, probe):
        raise NotImplementedError("write CelsiusAdapter")
