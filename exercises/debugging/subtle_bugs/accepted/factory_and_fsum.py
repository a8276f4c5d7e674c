import math


def start_order(customer, items=None):
    order = {"customer": customer, "items": []}
    if items is not None:
        order["items"].extend(items)
    return order


def add_item(order, item):
    order["items"].append(item)
    return order


def make_rule(p):
    def rule(price):
        return price - price * p / 100

    return rule


def discount_rules(percentages):
    rules = []
    for p in percentages:
        rules.append(make_rule(p))
    return rules


def settled(payments, total):
    return abs(math.fsum(payments) - total) < 0.005
