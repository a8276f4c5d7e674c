from functools import partial


def start_order(customer, items=()):
    return {"customer": customer, "items": list(items)}


def add_item(order, item):
    order["items"].append(item)
    return order


def _discounted(percentage, price):
    return price - price * percentage / 100


def discount_rules(percentages):
    return [partial(_discounted, p) for p in percentages]


def settled(payments, total):
    difference = sum(payments) - total
    return -0.005 < difference < 0.005
