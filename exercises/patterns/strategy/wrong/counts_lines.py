"""Wrong: large_order counts lines instead of distinct SKUs."""


def subtotal(order):
    return sum(q * u for _, q, u in order)


def bulk_item(order):
    return sum(q * u // 10 for _, q, u in order if q >= 20)


def large_order(order):
    return subtotal(order) * 7 // 100 if len(order) >= 10 else 0


PROMOTIONS = [bulk_item, large_order]


def best_promo(order, promos=None):
    return max((p(order) for p in (PROMOTIONS if promos is None else promos)), default=0)


def fixed(cents):
    return lambda order: min(cents, subtotal(order))


def checkout(order, promo=best_promo):
    return max(0, subtotal(order) - promo(order))
