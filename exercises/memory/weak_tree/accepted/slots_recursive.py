from weakref import ref
class TreeNode:
    __slots__ = ("value", "children", "_up", "__weakref__")
    def __init__(self, value):
        self.value = value
        self.children = []
        self._up = lambda: None
    @property
    def parent(self):
        return self._up()
    def add_child(self, child):
        previous = child._up()
        if previous is not None:
            previous.children = [c for c in previous.children if c is not child]
        child._up = ref(self)
        self.children.append(child)
        return child
    def path(self):
        p = self.parent
        return (p.path() if p is not None else []) + [self.value]
