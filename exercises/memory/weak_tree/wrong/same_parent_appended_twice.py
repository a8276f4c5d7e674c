import weakref


class TreeNode:
    def __init__(self, value):
        self.value = value
        self.children = []
        self._parent = None

    @property
    def parent(self):
        return None if self._parent is None else self._parent()

    def add_child(self, child):
        old = child.parent
        if old is not None and old is not self:
            old.children = [c for c in old.children if c is not child]
        self.children.append(child)
        child._parent = weakref.ref(self)
        return child

    def path(self):
        out = []
        node = self
        while node is not None:
            out.append(node.value)
            node = node.parent
        return out[::-1]
