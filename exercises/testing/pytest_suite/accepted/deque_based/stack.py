from collections import deque


class Stack:
    """LIFO on a deque."""

    def __init__(self):
        self._d = deque()

    def push(self, item):
        self._d.append(item)

    def _need(self, what):
        if not self._d:
            raise IndexError(f"{what} on an empty stack")

    def pop(self):
        self._need("pop")
        return self._d.pop()

    def peek(self):
        self._need("peek")
        return self._d[-1]

    def __len__(self):
        return len(self._d)
