"""Strategy with first-class functions: see `grader show patterns/strategy`."""


def subtotal(order):
    raise NotImplementedError("write subtotal()")


def bulk_item(order):
    raise NotImplementedError("write bulk_item()")


def large_order(order):
    raise NotImplementedError("write large_order()")


PROMOTIONS = [bulk_item, large_order]


def best_promo(order, promos=None):
    raise NotImplementedError("write best_promo()")


def fixed(cents):
    raise NotImplementedError("write fixed()")


def checkout(order, promo=best_promo):
    raise NotImplementedError("write checkout()")
