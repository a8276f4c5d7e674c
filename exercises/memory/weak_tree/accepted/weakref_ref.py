import weakref
class TreeNode:
    def __init__(self, value):
        self.value = value
        self.children = []
        self._parent = None
    @property
    def parent(self):
        return self._parent() if self._parent is not None else None
    def add_child(self, child):
        old = child.parent
        if old is not None:
            old.children.remove(child)
        child._parent = weakref.ref(self)
        self.children.append(child)
        return child
    def path(self):
        out = []
        node = self
        while node is not None:
            out.append(node.value)
            node = node.parent
        return out[::-1]
