"""A small checkout module. Its examples pass, yet three of its functions are
subtly wrong: find and fix them (see `grader show debugging/subtle_bugs`)."""


def start_order(customer, items=[]):
    """Return a new order for customer holding items (none by default)."""
    return {"customer": customer, "items": items}


def add_item(order, item):
    """Add item to the order and return the order."""
    order["items"].append(item)
    return order


def discount_rules(percentages):
    """Return one rule per percentage: rule(price) is price less that percentage."""
    return [lambda price: price - price * p / 100 for p in percentages]


def settled(payments, total):
    """Return True when the payments add up to total."""
    return sum(payments) == total
