"""Reference solution for memory/weak_tree."""

import weakref


class TreeNode:
    def __init__(self, value):
        self.value = value
        self.children = []
        self._parent = None  # a weakref.ref, never the parent itself: no cycle

    @property
    def parent(self):
        return None if self._parent is None else self._parent()

    def add_child(self, child):
        old = child.parent
        if old is not None:
            old.children.remove(child)
        self.children.append(child)
        child._parent = weakref.ref(self)
        return child

    def path(self):
        values = []
        node = self
        while node is not None:
            values.append(node.value)
            node = node.parent
        return values[::-1]
