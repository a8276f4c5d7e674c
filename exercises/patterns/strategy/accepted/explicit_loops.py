"""A learner's version: explicit loops, fixed() as a closure."""
def subtotal(order):
    total = 0
    for _sku, qty, unit in order:
        total += qty * unit
    return total


def bulk_item(order):
    discount = 0
    for _sku, qty, unit in order:
        if qty >= 20:
            discount += qty * unit // 10
    return discount


def large_order(order):
    skus = {sku for sku, _qty, _unit in order}
    if len(skus) >= 10:
        return subtotal(order) * 7 // 100
    return 0


PROMOTIONS = [bulk_item, large_order]


def best_promo(order, promos=None):
    if promos is None:
        promos = PROMOTIONS
    best = 0
    for promo in promos:
        best = max(best, promo(order))
    return best


def fixed(cents):
    def promo(order):
        return min(cents, subtotal(order))
    return promo


def checkout(order, promo=best_promo):
    return max(0, subtotal(order) - promo(order))
