"""A depth-first topological sort over the tasks in name order: every order
it gives is valid, but it is not "smallest ready name first"."""


def build_order(tasks, deps):
    prereqs = {t: [] for t in tasks}
    for before, after in deps:
        prereqs[after].append(before)
    state = {}
    order = []

    def visit(task):
        if state.get(task) == "done":
            return
        if state.get(task) == "active":
            raise ValueError("cycle")
        state[task] = "active"
        for p in sorted(prereqs[task]):
            visit(p)
        state[task] = "done"
        order.append(task)

    for task in sorted(tasks):
        visit(task)
    return order
