"""Right orders, but finds the ready tasks by scanning every remaining task
at each step: O(n) per step, quadratic in all."""


def build_order(tasks, deps):
    prereqs = {t: set() for t in tasks}
    for before, after in deps:
        prereqs[after].add(before)
    remaining = set(tasks)
    done = set()
    order = []
    while remaining:
        ready = [t for t in remaining if prereqs[t] <= done]
        if not ready:
            raise ValueError("cycle")
        task = min(ready)
        order.append(task)
        done.add(task)
        remaining.remove(task)
    return order
