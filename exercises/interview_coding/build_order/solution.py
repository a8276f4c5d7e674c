"""Reference solution for interview_coding/build_order."""

import heapq


def build_order(tasks, deps):
    """Return every task once, prerequisites first, smallest ready name first."""
    followers = {task: [] for task in tasks}
    waiting_on = dict.fromkeys(tasks, 0)  # prerequisites not done yet, per task
    for before, after in deps:
        followers[before].append(after)
        waiting_on[after] += 1  # a repeated pair counts twice and is released twice
    ready = [task for task in tasks if waiting_on[task] == 0]
    heapq.heapify(ready)  # the smallest ready name is always ready[0]
    order = []
    while ready:
        task = heapq.heappop(ready)
        order.append(task)
        for follower in followers[task]:
            waiting_on[follower] -= 1
            if waiting_on[follower] == 0:
                heapq.heappush(ready, follower)
    if len(order) < len(tasks):
        # the tasks never released all wait on one another: a cycle
        raise ValueError("the dependencies contain a cycle")
    return order
