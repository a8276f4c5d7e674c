"""A learner's version: explicit loops, a callable class for fixed()."""


def subtotal(order):
    total = 0
    for line in order:
        total += line[1] * line[2]
    return total


def bulk_item(order):
    discount = 0
    for _sku, qty, price in order:
        if qty >= 20:
            discount += qty * price // 10
    return discount


def large_order(order):
    skus = set()
    for sku, _qty, _price in order:
        skus.add(sku)
    return subtotal(order) * 7 // 100 if len(skus) >= 10 else 0


PROMOTIONS = [bulk_item, large_order]


def best_promo(order, promos=None):
    best = 0
    for p in PROMOTIONS if promos is None else promos:
        d = p(order)
        if d > best:
            best = d
    return best


def fixed(cents):
    return lambda order: min(cents, subtotal(order))


def checkout(order, promo=best_promo):
    s = subtotal(order)
    d = promo(order)
    if d > s:
        return 0
    return s - d
