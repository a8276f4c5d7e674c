"""Kahn's algorithm with sets of unfinished prerequisites (repeated pairs
collapse into one) and a heap of ready tasks."""

from heapq import heappop, heappush


class _Plan:
    def __init__(self, tasks, deps):
        self.unfinished = {t: set() for t in tasks}
        self.unlocks = {t: set() for t in tasks}
        for before, after in deps:
            self.unfinished[after].add(before)
            self.unlocks[before].add(after)

    def order(self):
        heap = []
        for task, pending in self.unfinished.items():
            if not pending:
                heappush(heap, task)
        result = []
        while heap:
            task = heappop(heap)
            result.append(task)
            for nxt in self.unlocks[task]:
                pending = self.unfinished[nxt]
                pending.discard(task)
                if not pending:
                    heappush(heap, nxt)
        if len(result) != len(self.unfinished):
            raise ValueError("cycle in dependencies")
        return result


def build_order(tasks, deps):
    return _Plan(tasks, deps).order()
