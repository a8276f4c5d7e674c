"""Wrong: percentages computed with floats (returns float, not int)."""


def subtotal(order):
    return sum(q * u for _, q, u in order)


def bulk_item(order):
    return sum(q * u * 0.1 for _, q, u in order if q >= 20)


def large_order(order):
    return subtotal(order) * 0.07 if len({s for s, _, _ in order}) >= 10 else 0


PROMOTIONS = [bulk_item, large_order]


def best_promo(order, promos=None):
    return max((p(order) for p in (PROMOTIONS if promos is None else promos)), default=0)


def fixed(cents):
    return lambda order: min(cents, subtotal(order))


def checkout(order, promo=best_promo):
    return max(0, subtotal(order) - promo(order))
