"""Wrong: builds the Decimal straight from the float (Decimal(2.675) is
2.67499999...), so float amounts round the wrong way."""

import functools
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


class CurrencyMismatch(ValueError):
    """Raised when two amounts in different currencies are combined."""


def _to_cents(value):
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


@functools.total_ordering
class Money:
    """An immutable amount of money in one currency."""

    __slots__ = ("_amount", "_currency")

    def __init__(self, amount, currency):
        self._amount = _to_cents(amount)
        self._currency = currency

    @property
    def amount(self):
        return self._amount

    @property
    def currency(self):
        return self._currency

    def __repr__(self):
        return f"Money('{self._amount}', {self._currency!r})"

    def __str__(self):
        return f"{self._amount} {self._currency}"

    def _check_currency(self, other):
        if self._currency != other._currency:
            raise CurrencyMismatch(f"{self._currency} != {other._currency}")

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self._amount, self._currency) == (other._amount, other._currency)

    def __hash__(self):
        return hash((self._amount, self._currency))

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._check_currency(other)
        return self._amount < other._amount

    def __add__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._check_currency(other)
        return Money(self._amount + other._amount, self._currency)

    def __radd__(self, other):
        # sum() starts from the int 0: 0 + money is money.
        if type(other) is int and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._check_currency(other)
        return Money(self._amount - other._amount, self._currency)

    def __mul__(self, factor):
        if isinstance(factor, bool) or not isinstance(factor, (int, Decimal)):
            return NotImplemented
        return Money(self._amount * factor, self._currency)

    __rmul__ = __mul__

    def __neg__(self):
        return Money(-self._amount, self._currency)
