"""A small checkout module, its bugs fixed."""


def start_order(customer, items=None):
    """Return a new order for customer holding items (none by default)."""
    # A default list is created once, when the def runs, and shared by every
    # call; and the caller's list must not become the order's.
    return {"customer": customer, "items": list(items) if items is not None else []}


def add_item(order, item):
    """Add item to the order and return the order."""
    order["items"].append(item)
    return order


def discount_rules(percentages):
    """Return one rule per percentage: rule(price) is price less that percentage."""
    # A default argument is evaluated when each lambda is made, so every rule
    # keeps its own percentage (a closure would read p when called: the last).
    return [lambda price, p=p: price - price * p / 100 for p in percentages]


def settled(payments, total):
    """Return True when the payments add up to total, within half a cent."""
    return abs(sum(payments) - total) < 0.005
