"""Wrong: uses `<= 0.005`: a difference of exactly half a cent counts as settled,
although the rule is `abs(sum(payments) - total) < 0.005`."""


def start_order(customer, items=None):
    return {"customer": customer, "items": list(items) if items is not None else []}


def add_item(order, item):
    order["items"].append(item)
    return order


def discount_rules(percentages):
    return [lambda price, p=p: price - price * p / 100 for p in percentages]


def settled(payments, total):
    return abs(sum(payments) - total) <= 0.005
