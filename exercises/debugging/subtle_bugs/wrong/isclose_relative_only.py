"""Wrong: uses math.isclose with its default relative tolerance (1e-9) and no
absolute one: a total of 0, or a sum a fraction of a cent off, is not settled."""


def start_order(customer, items=None):
    """Return a new order for customer holding items (none by default)."""
    return {"customer": customer, "items": list(items) if items is not None else []}


def add_item(order, item):
    """Add item to the order and return the order."""
    order["items"].append(item)
    return order


def discount_rules(percentages):
    """Return one rule per percentage: rule(price) is price less that percentage."""
    return [lambda price, p=p: price - price * p / 100 for p in percentages]


def settled(payments, total):
    """Return True when the payments add up to total, within half a cent."""
    import math

    return math.isclose(sum(payments), total)
