"""Wrong: __iter__ builds the whole list first and returns iter() of it: fine
for six slots, hopeless for a billion."""

import operator


class SparseList:
    """A fixed-length sequence that stores only the non-default values."""

    def __init__(self, length, default=0):
        length = operator.index(length)
        if length < 0:
            raise ValueError("length must be >= 0")
        self._length = length
        self._default = default
        self._data = {}  # index -> value, only for values != default

    def _position(self, index):
        """Turn an int index (maybe negative) into 0 <= position < len."""
        try:
            position = operator.index(index)
        except TypeError:
            raise TypeError(
                f"SparseList indices must be integers or slices, not {type(index).__name__}"
            ) from None
        if position < 0:
            position += self._length
        if not 0 <= position < self._length:
            raise IndexError("SparseList index out of range")
        return position

    def __len__(self):
        return self._length

    def __getitem__(self, index):
        if isinstance(index, slice):
            positions = range(self._length)[index]
            return [self._data.get(i, self._default) for i in positions]
        return self._data.get(self._position(index), self._default)

    def __setitem__(self, index, value):
        position = self._position(index)
        if value == self._default:
            self._data.pop(position, None)
        else:
            self._data[position] = value

    def __iter__(self):
        return iter([self._data.get(i, self._default) for i in range(self._length)])

    def __contains__(self, value):
        if value == self._default and len(self._data) < self._length:
            return True
        return any(v is value or v == value for v in self._data.values())

    @property
    def nnz(self):
        """How many values are stored (those different from the default)."""
        return len(self._data)
