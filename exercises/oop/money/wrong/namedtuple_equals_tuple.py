from collections import namedtuple
from decimal import Decimal, ROUND_HALF_UP
import functools
import operator


class CurrencyMismatch(ValueError):
    """Two amounts in different currencies."""


def _cents(value):
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


_Base = namedtuple("_Base", "amount currency")


def _money_only(method):
    @functools.wraps(method)
    def inner(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise CurrencyMismatch(self.currency + " != " + other.currency)
        return method(self, other)
    return inner


class Money(_Base):
    __slots__ = ()

    def __new__(cls, amount, currency):
        return super().__new__(cls, _cents(amount), currency)

    def __repr__(self):
        return "Money(%r, %r)" % (str(self.amount), self.currency)

    def __str__(self):
        return "%s %s" % (self.amount, self.currency)

    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.amount, self.currency) == (other.amount, other.currency)
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(("Money", self.amount, self.currency))

    @_money_only
    def __lt__(self, other):
        return self.amount < other.amount

    @_money_only
    def __le__(self, other):
        return self.amount <= other.amount

    @_money_only
    def __gt__(self, other):
        return self.amount > other.amount

    @_money_only
    def __ge__(self, other):
        return self.amount >= other.amount

    @_money_only
    def __add__(self, other):
        return Money(self.amount + other.amount, self.currency)

    @_money_only
    def __sub__(self, other):
        return Money(self.amount - other.amount, self.currency)

    def __radd__(self, other):
        return self if (other.__class__ is int and other == 0) else NotImplemented

    def __mul__(self, n):
        if n.__class__ in (int, Decimal) or (isinstance(n, (int, Decimal)) and not isinstance(n, bool)):
            return Money(self.amount * n, self.currency)
        return NotImplemented

    def __rmul__(self, n):
        return self.__mul__(n)

    def __neg__(self):
        return Money(-self.amount, self.currency)
