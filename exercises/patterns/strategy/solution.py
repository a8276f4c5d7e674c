"""Strategy with first-class functions: each promotion is a plain function."""


def subtotal(order):
    return sum(qty * unit for _, qty, unit in order)


def bulk_item(order):
    return sum(qty * unit // 10 for _, qty, unit in order if qty >= 20)


def large_order(order):
    if len({sku for sku, _, _ in order}) >= 10:
        return subtotal(order) * 7 // 100
    return 0


PROMOTIONS = [bulk_item, large_order]


def best_promo(order, promos=None):
    if promos is None:
        promos = PROMOTIONS  # looked up now, so later appends count
    return max((promo(order) for promo in promos), default=0)


def fixed(cents):
    def promo(order):
        return min(cents, subtotal(order))

    return promo


def checkout(order, promo=best_promo):
    return max(0, subtotal(order) - promo(order))
