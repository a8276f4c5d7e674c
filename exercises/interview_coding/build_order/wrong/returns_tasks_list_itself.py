import heapq
from collections import defaultdict

def build_order(tasks, deps):
    if not deps and tasks == sorted(tasks):
        return tasks
    followers = defaultdict(set)
    indeg = {t: 0 for t in tasks}
    for before, after in set(deps):
        followers[before].add(after)
        indeg[after] += 1
    ready = [t for t, d in indeg.items() if d == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        t = heapq.heappop(ready)
        order.append(t)
        for f in followers[t]:
            indeg[f] -= 1
            if indeg[f] == 0:
                heapq.heappush(ready, f)
    if len(order) != len(tasks):
        raise ValueError("dependency cycle")
    return order
