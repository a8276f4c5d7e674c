def start_order(customer, items=None):
    return {"customer": customer, "items": list(items) if items is not None else []}


def add_item(order, item):
    order["items"].append(item)
    return order


def discount_rules(percentages):
    # rounds to 2 decimals: not price - price * p / 100
    return [lambda price, p=p: round(price - price * p / 100, 2) for p in percentages]


def settled(payments, total):
    return abs(sum(payments) - total) < 0.005
