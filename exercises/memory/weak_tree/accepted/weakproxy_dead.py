import weakref


class TreeNode:
    __slots__ = ("value", "children", "_p", "__weakref__")

    def __init__(self, value):
        self.value = value
        self.children = []
        self._p = None

    def _get_parent(self):
        if self._p is None:
            return None
        node = self._p()
        if node is None:
            self._p = None
        return node

    parent = property(_get_parent)

    def add_child(self, child):
        prev = child._get_parent()
        if prev is not None:
            for i, n in enumerate(prev.children):
                if n is child:
                    del prev.children[i]
                    break
        child._p = weakref.ref(self)
        self.children.append(child)
        return child

    def path(self):
        out = []
        n = self
        while n:
            out.insert(0, n.value)
            n = n._get_parent()
        return out
