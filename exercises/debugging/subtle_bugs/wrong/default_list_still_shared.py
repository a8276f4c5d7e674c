"""Wrong: fixes the closures and the float test but keeps `items=[]`: the one
default list is shared by every order started without items."""


def start_order(customer, items=[]):
    """Return a new order for customer holding items (none by default)."""
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
