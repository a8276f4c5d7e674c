"""Wrong: replaces the mutable default by None, the textbook fix, but the
order still holds the caller's own list: adding to the order changes it."""


def start_order(customer, items=None):
    """Return a new order for customer holding items (none by default)."""
    if items is None:
        items = []
    return {"customer": customer, "items": items}


def add_item(order, item):
    """Add item to the order and return the order."""
    order["items"].append(item)
    return order


def discount_rules(percentages):
    """Return one rule per percentage: rule(price) is price less that percentage."""
    return [lambda price, p=p: price - price * p / 100 for p in percentages]


def settled(payments, total):
    """Return True when the payments add up to total, within half a cent."""
    return abs(sum(payments) - total) < 0.005
