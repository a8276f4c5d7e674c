from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")


def _cents(value):
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


class CurrencyMismatch(ValueError):
    pass


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
        if self._currency != other._currency:
            raise CurrencyMismatch(f"{self._currency} vs {other._currency}")

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self._amount, self._currency) == (other._amount, other._currency)

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
        if type(other) is int and other == 0:
            return self
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other)
        return Money(self._amount + other._amount, self._currency)

    def __radd__(self, other):
        if type(other) is int and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other)
        return Money(self._amount - other._amount, self._currency)

    def __mul__(self, other):
        if isinstance(other, bool) or not isinstance(other, (int, Decimal)):
            return NotImplemented
        return Money(self._amount * other, self._currency)

    __rmul__ = __mul__

    def __neg__(self):
        return Money(-self._amount, self._currency)
