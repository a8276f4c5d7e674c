"""Wrong: close_month applies interest only to Savings, checking the type instead of calling month_end."""

from abc import ABC, abstractmethod


class InsufficientFunds(Exception):
    """A withdrawal would take the balance below the account's floor."""


def _check_amount(amount):
    # bool is an int subclass, but True is not an amount of cents.
    if type(amount) is not int or amount <= 0:
        raise ValueError(f"amount must be a positive int of cents, not {amount!r}")


class Account(ABC):
    """Base of every account: owns the balance and its invariant."""

    def __init__(self, owner, balance=0):
        if not isinstance(owner, str) or not owner:
            raise ValueError("owner must be a non-empty str")
        if type(balance) is not int or balance < 0:
            raise ValueError("opening balance must be an int >= 0")
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    @abstractmethod
    def fee(self, amount):
        """The fee, in cents, charged on a withdrawal of amount."""

    @abstractmethod
    def overdraft_limit(self):
        """How far below zero the balance may go, in cents."""

    def deposit(self, amount):
        _check_amount(amount)
        self._balance += amount
        return self._balance

    def withdraw(self, amount):
        # The template method: every subclass shares this logic and changes
        # only the fee and the floor, so the invariant is enforced in one place.
        _check_amount(amount)
        total = amount + self.fee(amount)
        if self._balance - total < -self.overdraft_limit():
            raise InsufficientFunds(f"{self.owner} cannot withdraw {amount}")
        self._balance -= total
        return self._balance

    def month_end(self):
        """End-of-month processing; nothing by default."""

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, balance={self._balance})"


class Checking(Account):
    """May go down to -50 000 cents; every withdrawal costs 100 cents."""

    def fee(self, amount):
        return 100

    def overdraft_limit(self):
        return 50_000


class Savings(Account):
    """Never below zero, no fees; 2% interest (rounded down) at month end."""

    def fee(self, amount):
        return 0

    def overdraft_limit(self):
        return 0

    def month_end(self):
        self._balance += self._balance * 2 // 100


def total_balance(accounts):
    return sum(account.balance for account in accounts)


def close_month(accounts):
    for account in accounts:
        if isinstance(account, Savings):
            account.month_end()
