"""A learner's version: generator sums, max(default=0), fixed() as functools.partial."""
import functools


def subtotal(order):
    return sum(q * u for _, q, u in order)


def bulk_item(order):
    return sum(q * u // 10 for _, q, u in order if q >= 20)


def large_order(order):
    return subtotal(order) * 7 // 100 if len({s for s, _, _ in order}) >= 10 else 0


PROMOTIONS = [bulk_item, large_order]


def best_promo(order, promos=None):
    return max((p(order) for p in (PROMOTIONS if promos is None else promos)), default=0)


def _fixed(cents, order):
    return min(cents, subtotal(order))


def fixed(cents):
    return functools.partial(_fixed, cents)


def checkout(order, promo=best_promo):
    pay = subtotal(order) - promo(order)
    return pay if pay > 0 else 0
