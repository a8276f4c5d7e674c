"""Wrong: rewrites the comprehension as a loop with a nested def, which is
still a closure over the loop variable: every rule uses the last percentage."""


def start_order(customer, items=None):
    """Return a new order for customer holding items (none by default)."""
    return {"customer": customer, "items": list(items) if items is not None else []}


def add_item(order, item):
    """Add item to the order and return the order."""
    order["items"].append(item)
    return order


def discount_rules(percentages):
    """Return one rule per percentage: rule(price) is price less that percentage."""
    rules = []
    for p in percentages:
        def rule(price):
            return price - price * p / 100
        rules.append(rule)
    return rules


def settled(payments, total):
    """Return True when the payments add up to total, within half a cent."""
    return abs(sum(payments) - total) < 0.005
