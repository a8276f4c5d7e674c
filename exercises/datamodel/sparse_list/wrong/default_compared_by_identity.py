class SparseList:
    def __init__(self, length, default=0):
        if length < 0:
            raise ValueError("length must be >= 0")
        self._length = length
        self._default = default
        self._data = {}

    def __len__(self):
        return self._length

    def _pos(self, index):
        if isinstance(index, bool) or not isinstance(index, int):
            if not isinstance(index, int):
                raise TypeError(f"indices must be integers or slices, not {type(index).__name__}")
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("SparseList index out of range")
        return index

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._data.get(i, self._default) for i in range(self._length)[index]]
        return self._data.get(self._pos(index), self._default)

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            raise TypeError("slice assignment is not supported")
        i = self._pos(index)
        if value is self._default:
            self._data.pop(i, None)
        else:
            self._data[i] = value

    def __iter__(self):
        get, d = self._data.get, self._default
        for i in range(self._length):
            yield get(i, d)

    def __contains__(self, value):
        if any(v == value for v in self._data.values()):
            return True
        return len(self._data) < self._length and self._default == value

    @property
    def nnz(self):
        return len(self._data)
