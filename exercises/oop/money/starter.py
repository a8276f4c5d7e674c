"""Money, with operator overloading: see `grader show oop/money`."""

import functools
from decimal import ROUND_HALF_UP, Decimal


class CurrencyMismatch(ValueError):
    pass


class Money:
    def __init__(self, amount, currency):
        raise NotImplementedError("write Money")
