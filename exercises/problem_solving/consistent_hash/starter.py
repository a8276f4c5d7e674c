"""Consistent hashing with virtual nodes: see `grader show problem_solving/consistent_hash`."""

import bisect
import hashlib


def point(label):
    raise NotImplementedError("write point()")


class HashRing:
    def __init__(self, nodes=(), *, replicas=100):
        raise NotImplementedError("write HashRing")

    def add(self, node):
        raise NotImplementedError

    def remove(self, node):
        raise NotImplementedError

    def node_for(self, key):
        raise NotImplementedError

    @property
    def nodes(self):
        raise NotImplementedError

    def __len__(self):
        raise NotImplementedError
