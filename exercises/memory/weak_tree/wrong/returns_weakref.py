import weakref


class TreeNode:
    def __init__(self, value):
        self.value = value
        self.children = []
        self._parent = None

    @property
    def parent(self):
        if self._parent is None or self._parent() is None:
            return None
        return self._parent  # the ref, not the node

    def add_child(self, child):
        if child._parent is not None and child._parent() is not None:
            child._parent().children.remove(child)
        self.children.append(child)
        child._parent = weakref.ref(self)
        return child

    def path(self):
        values, node = [], self
        while node is not None:
            values.append(node.value)
            node = node._parent() if node._parent is not None else None
        return values[::-1]
