"""Compares names case-insensitively: "Python string order" puts every
capital letter before every lowercase one ("B" < "a")."""

import heapq


def build_order(tasks, deps):
    followers = {t: [] for t in tasks}
    waiting = dict.fromkeys(tasks, 0)
    for before, after in deps:
        followers[before].append(after)
        waiting[after] += 1
    ready = [(t.lower(), t) for t in tasks if waiting[t] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        _, task = heapq.heappop(ready)
        order.append(task)
        for f in followers[task]:
            waiting[f] -= 1
            if waiting[f] == 0:
                heapq.heappush(ready, (f.lower(), f))
    if len(order) < len(tasks):
        raise ValueError("cycle")
    return order
