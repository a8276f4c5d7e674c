"""On a cycle, returns the tasks it could order instead of raising ValueError."""

import heapq


def build_order(tasks, deps):
    followers = {t: [] for t in tasks}
    waiting = dict.fromkeys(tasks, 0)
    for before, after in deps:
        followers[before].append(after)
        waiting[after] += 1
    ready = sorted(t for t in tasks if waiting[t] == 0)
    order = []
    while ready:
        task = heapq.heappop(ready)
        order.append(task)
        for f in followers[task]:
            waiting[f] -= 1
            if waiting[f] == 0:
                heapq.heappush(ready, f)
    return order
