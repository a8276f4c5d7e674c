from weakref import ref


class TreeNode:
    def __init__(self, value):
        self.value = value
        self.children = []
        self._up = lambda: None

    @property
    def parent(self):
        return self._up()

    def add_child(self, child):
        if child.parent is not None:
            child.parent.children = [n for n in child.parent.children if n is not child]
        child._up = ref(self)
        self.children.append(child)
        return child

    def path(self):
        p = self.parent
        return (p.path() if p is not None else []) + [self.value]
