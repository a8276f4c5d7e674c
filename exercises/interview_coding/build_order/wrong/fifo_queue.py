"""Kahn's algorithm with a first-in-first-out queue: tasks are taken in the
order they became ready, not smallest name first."""

from collections import deque


def build_order(tasks, deps):
    followers = {t: [] for t in tasks}
    waiting = dict.fromkeys(tasks, 0)
    for before, after in deps:
        followers[before].append(after)
        waiting[after] += 1
    queue = deque(sorted(t for t in tasks if waiting[t] == 0))
    order = []
    while queue:
        task = queue.popleft()
        order.append(task)
        for f in followers[task]:
            waiting[f] -= 1
            if waiting[f] == 0:
                queue.append(f)
    if len(order) < len(tasks):
        raise ValueError("cycle")
    return order
