"""The standard library's graphlib finds what is ready; a heap picks the
smallest ready name. Its CycleError is a subclass of ValueError."""

import graphlib
import heapq


def build_order(tasks, deps):
    sorter = graphlib.TopologicalSorter()
    for task in tasks:
        sorter.add(task)
    for before, after in deps:
        sorter.add(after, before)
    sorter.prepare()  # raises graphlib.CycleError (a ValueError) on a cycle
    ready = list(sorter.get_ready())
    heapq.heapify(ready)
    order = []
    while ready:
        task = heapq.heappop(ready)
        order.append(task)
        sorter.done(task)
        for new in sorter.get_ready():
            heapq.heappush(ready, new)
    return order
