"""Money as a frozen dataclass with functools.total_ordering."""
import dataclasses
import functools
import operator
from decimal import ROUND_HALF_UP, Decimal


class CurrencyMismatch(ValueError):
    """Raised when two amounts in different currencies meet."""


@functools.total_ordering
@dataclasses.dataclass(frozen=True, eq=False, repr=False)
class Money:
    amount: Decimal
    currency: str

    def __post_init__(self):
        rounded = Decimal(str(self.amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        object.__setattr__(self, "amount", rounded)

    def __repr__(self):
        return "Money(%r, %r)" % (str(self.amount), self.currency)

    def __str__(self):
        return "%s %s" % (self.amount, self.currency)

    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.amount, self.currency) == (other.amount, other.currency)
        return NotImplemented

    def __hash__(self):
        return hash(("Money", self.amount, self.currency))

    def _binary(self, other, op):
        if not isinstance(other, Money):
            return NotImplemented
        if self.currency != other.currency:
            raise CurrencyMismatch(self.currency + " != " + other.currency)
        return op(self.amount, other.amount)

    def __lt__(self, other):
        return self._binary(other, operator.lt)

    def __add__(self, other):
        r = self._binary(other, operator.add)
        return r if r is NotImplemented else Money(r, self.currency)

    def __sub__(self, other):
        r = self._binary(other, operator.sub)
        return r if r is NotImplemented else Money(r, self.currency)

    def __radd__(self, other):
        return self if (other.__class__ is int and other == 0) else NotImplemented

    def __mul__(self, factor):
        if isinstance(factor, bool) or not isinstance(factor, (int, Decimal)):
            return NotImplemented
        return Money(self.amount * factor, self.currency)

    def __rmul__(self, factor):
        return self.__mul__(factor)

    def __neg__(self):
        return Money(-self.amount, self.currency)
