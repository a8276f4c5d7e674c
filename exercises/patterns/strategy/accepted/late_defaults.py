"""Another learner: globals() lookup, defaults resolved late."""


def subtotal(order):
    return sum(map(lambda line: line[1] * line[2], order))


def bulk_item(order):
    return sum([q * u // 10 for (_, q, u) in order if not q < 20])


def large_order(order):
    distinct = len(dict.fromkeys(s for s, _, _ in order))
    return 0 if distinct < 10 else subtotal(order) * 7 // 100


PROMOTIONS = [bulk_item, large_order]


def best_promo(order, promos=None):
    chosen = list(promos) if promos is not None else list(globals()["PROMOTIONS"])
    if not chosen:
        return 0
    return max(p(order) for p in chosen)


def _fixed(cents, order):
    return min(cents, subtotal(order))


def fixed(cents):
    def promo(order):
        return _fixed(cents, order)
    return promo


def checkout(order, promo=None):
    if promo is None:
        promo = best_promo
    total = subtotal(order) - promo(order)
    return total if total > 0 else 0


