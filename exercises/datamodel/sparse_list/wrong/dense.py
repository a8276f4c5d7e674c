"""Wrong: backs the sequence with a real list of `length` items, so a
billion-slot SparseList needs gigabytes (MemoryError) and counting nnz scans
everything."""


class SparseList:
    def __init__(self, length, default=0):
        if length < 0:
            raise ValueError("length must be >= 0")
        self._default = default
        self._items = [default] * length

    def __len__(self):
        return len(self._items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._items[index]
        return self._items[index]

    def __setitem__(self, index, value):
        self._items[index] = value

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    @property
    def nnz(self):
        return sum(1 for v in self._items if v != self._default)
