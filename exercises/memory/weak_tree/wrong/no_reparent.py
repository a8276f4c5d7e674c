import weakref


class TreeNode:
    def __init__(self, value):
        self.value = value
        self.children = []
        self._parent = None

    @property
    def parent(self):
        return self._parent() if self._parent else None

    def add_child(self, child):
        self.children.append(child)
        child._parent = weakref.ref(self)
        return child

    def path(self):
        values, node = [], self
        while node is not None:
            values.append(node.value)
            node = node.parent
        return values[::-1]
