"""Counts every pair as a prerequisite but releases a repeated pair only once
(followers kept in a set): a task named twice as waiting never becomes ready,
and a valid plan is reported as a cycle."""

import heapq


def build_order(tasks, deps):
    followers = {t: set() for t in tasks}
    waiting = dict.fromkeys(tasks, 0)
    for before, after in deps:
        followers[before].add(after)
        waiting[after] += 1
    ready = [t for t in tasks if waiting[t] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        task = heapq.heappop(ready)
        order.append(task)
        for f in followers[task]:
            waiting[f] -= 1
            if waiting[f] == 0:
                heapq.heappush(ready, f)
    if len(order) < len(tasks):
        raise ValueError("cycle")
    return order
