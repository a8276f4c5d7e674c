"""Wrong: keeps amount and currency as plain attributes, so they can be reassigned."""
from decimal import Decimal, ROUND_HALF_UP


class CurrencyMismatch(ValueError):
    pass


class Money:
    def __init__(self, amount, currency):
        self.amount = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        self.currency = currency

    def __repr__(self):
        return f"Money('{self.amount}', '{self.currency}')"

    def __str__(self):
        return f"{self.amount} {self.currency}"

    def _check(self, other):
        if self.currency != other.currency:
            raise CurrencyMismatch(self.currency)

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other)
        return self.amount < other.amount

    def __le__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other)
        return self.amount <= other.amount

    def __gt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other)
        return self.amount > other.amount

    def __ge__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other)
        return self.amount >= other.amount

    def __add__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other)
        return Money(self.amount + other.amount, self.currency)

    def __radd__(self, other):
        if type(other) is int and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, n):
        if type(n) is int or isinstance(n, Decimal):
            return Money(self.amount * n, self.currency)
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return Money(-self.amount, self.currency)
