"""Wrong: returns self for 0.0 and False as well as the int 0."""
from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")


class CurrencyMismatch(ValueError):
    pass


def _cents(value):
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


class Money:
    __slots__ = ("_amount", "_currency")

    def __init__(self, amount, currency):
        object.__setattr__(self, "_amount", _cents(amount))
        object.__setattr__(self, "_currency", currency)

    def __setattr__(self, name, value):
        raise AttributeError(f"Money is immutable: cannot set {name}")

    @property
    def amount(self):
        return self._amount

    @property
    def currency(self):
        return self._currency

    def __repr__(self):
        return f"Money('{self._amount}', '{self._currency}')"

    def __str__(self):
        return f"{self._amount} {self._currency}"

    def _same(self, other):
        if other._currency != self._currency:
            raise CurrencyMismatch(f"{self._currency} vs {other._currency}")

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self._amount == other._amount and self._currency == other._currency

    def __hash__(self):
        return hash((self._amount, self._currency))

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other)
        return self._amount < other._amount

    def __le__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other)
        return self._amount <= other._amount

    def __gt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other)
        return self._amount > other._amount

    def __ge__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other)
        return self._amount >= other._amount

    def __add__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other)
        return Money(self._amount + other._amount, self._currency)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __sub__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other)
        return Money(self._amount - other._amount, self._currency)

    def __mul__(self, n):
        if type(n) is int or isinstance(n, Decimal):
            return Money(self._amount * n, self._currency)
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return Money(-self._amount, self._currency)
