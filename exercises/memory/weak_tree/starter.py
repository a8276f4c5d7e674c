"""A tree that reference counting can free: see `grader show memory/weak_tree`."""


class TreeNode:
    def __init__(self, value):
        self.value = value
        self.children = []

    def add_child(self, child):
        raise NotImplementedError("write add_child")

    @property
    def parent(self):
        raise NotImplementedError("write parent")

    def path(self):
        raise NotImplementedError("write path")
