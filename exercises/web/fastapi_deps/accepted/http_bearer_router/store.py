"""The item store the API keeps its data in (given: no need to change it)."""

import itertools


class ItemStore:
    """Items in memory: each a dict with id, name, price, owner and cost."""

    def __init__(self):
        self.items = {}
        self._ids = itertools.count(1)

    def add(self, name, price, owner, cost=0.0):
        item = {"id": next(self._ids), "name": name, "price": price, "owner": owner, "cost": cost}
        self.items[item["id"]] = item
        return item

    def get(self, item_id):
        return self.items.get(item_id)

    def all(self):
        return [self.items[key] for key in sorted(self.items)]

    def delete(self, item_id):
        del self.items[item_id]


STORE = ItemStore()
