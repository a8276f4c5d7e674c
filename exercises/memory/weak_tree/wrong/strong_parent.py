class TreeNode:
    def __init__(self, value):
        self.value = value
        self.children = []
        self._parent = None

    @property
    def parent(self):
        return self._parent

    def add_child(self, child):
        if child._parent is not None:
            child._parent.children.remove(child)
        self.children.append(child)
        child._parent = self
        return child

    def path(self):
        values, node = [], self
        while node is not None:
            values.append(node.value)
            node = node.parent
        return values[::-1]
