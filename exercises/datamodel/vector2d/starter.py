"""2-D vector with special methods: see `grader show datamodel/vector2d`."""


class Vector2D:
    def __init__(self, x, y):
        raise NotImplementedError("write Vector2D.__init__()")

    def __repr__(self):
        raise NotImplementedError("write Vector2D.__repr__()")

    def __str__(self):
        raise NotImplementedError("write Vector2D.__str__()")

    def __iter__(self):
        raise NotImplementedError("write Vector2D.__iter__()")

    def __abs__(self):
        raise NotImplementedError("write Vector2D.__abs__()")

    def __bool__(self):
        raise NotImplementedError("write Vector2D.__bool__()")

    def __eq__(self, other):
        raise NotImplementedError("write Vector2D.__eq__()")

    def __hash__(self):
        raise NotImplementedError("write Vector2D.__hash__()")

    def __add__(self, other):
        raise NotImplementedError("write Vector2D.__add__()")

    def __mul__(self, k):
        raise NotImplementedError("write Vector2D.__mul__()")

    def __rmul__(self, k):
        raise NotImplementedError("write Vector2D.__rmul__()")
