class SparseList:
    """Fixed-length sequence storing only non-default values."""

    def __init__(self, length, default=0):
        if length < 0:
            raise ValueError(f"negative length: {length}")
        self.length = length
        self.default = default
        self.values = {}

    def __len__(self):
        return self.length

    def _check(self, index):
        if isinstance(index, slice):
            raise TypeError("integers only")
        if not hasattr(index, "__index__"):
            raise TypeError(f"indices must be integers, not {type(index).__name__}")
        index = index.__index__()
        n = self.length
        if index < -n or index >= n:
            raise IndexError(index)
        return index % n if n else index

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(map(self._get, range(self.length)[index]))
        return self._get(self._check(index))

    def _get(self, i):
        return self.values.get(i, self.default)

    def __setitem__(self, index, value):
        i = self._check(index)
        if value == self.default:
            if i in self.values:
                del self.values[i]
        else:
            self.values[i] = value

    def __iter__(self):
        return map(self._get, range(self.length))

    def __contains__(self, value):
        for v in self.values.values():
            if v == value:
                return True
        if len(self.values) == self.length:
            return False
        return value == self.default

    @property
    def nnz(self):
        return len(self.values)
