class Point:
    __slots__ = ["x", "y"]
    def __init__(self, x, y):
        self.x, self.y = x, y
    def _fields(self):
        return tuple(getattr(self, name) for cls in reversed(type(self).__mro__)
                     for name in getattr(cls, "__slots__", ()))
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(map(repr, self._fields())))
    def __eq__(self, other):
        if type(self) is type(other):
            return self._fields() == other._fields()
        return NotImplemented
    __hash__ = None

class Point3D(Point):
    __slots__ = ["z"]
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z
