"""Points without a __dict__: see `grader show memory/slotted_point`."""


class Point:
    def __init__(self, x, y):
        raise NotImplementedError("write Point")


class Point3D(Point):
    def __init__(self, x, y, z):
        raise NotImplementedError("write Point3D")
