"""Wrong: compares both sides rounded to cents: 1.004 and 0.996 both round to
1.0 although they are almost a cent apart."""


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
    return round(sum(payments), 2) == round(total, 2)
