"""Wrong: each subclass writes its own withdraw with its numbers baked in; Account.withdraw ignores fee() and overdraft_limit()."""

from abc import ABC, abstractmethod


class InsufficientFunds(Exception):
    pass


def _check_amount(amount):
    if type(amount) is not int or amount <= 0:
        raise ValueError(amount)


class Account(ABC):
    def __init__(self, owner, balance=0):
        if not isinstance(owner, str) or not owner:
            raise ValueError("owner")
        if type(balance) is not int or balance < 0:
            raise ValueError("balance")
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    @abstractmethod
    def fee(self, amount): ...

    @abstractmethod
    def overdraft_limit(self): ...

    def deposit(self, amount):
        _check_amount(amount)
        self._balance += amount
        return self._balance

    def withdraw(self, amount):
        _check_amount(amount)
        if self._balance - amount < 0:
            raise InsufficientFunds(amount)
        self._balance -= amount
        return self._balance

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, balance={self._balance})"


class Checking(Account):
    def fee(self, amount):
        return 100

    def overdraft_limit(self):
        return 50_000

    def withdraw(self, amount):
        _check_amount(amount)
        if self._balance - amount - 100 < -50_000:
            raise InsufficientFunds(amount)
        self._balance -= amount + 100
        return self._balance


class Savings(Account):
    def fee(self, amount):
        return 0

    def overdraft_limit(self):
        return 0

    def month_end(self):
        self._balance += self._balance * 2 // 100


def total_balance(accounts):
    return sum(a.balance for a in accounts)


def close_month(accounts):
    for a in accounts:
        a.month_end()
