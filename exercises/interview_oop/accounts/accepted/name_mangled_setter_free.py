"""Accepted: the balance in a name-mangled attribute, read through a property; interest via divmod."""

from abc import ABC, abstractmethod


class InsufficientFunds(Exception):
    """Raised when a withdrawal would cross the overdraft floor."""


class Account(ABC):
    def __init__(self, owner, balance=0):
        if not (isinstance(owner, str) and owner):
            raise ValueError("owner must be a non-empty string")
        if not (type(balance) is int and balance >= 0):
            raise ValueError("balance must be a non-negative int")
        self.owner = owner
        self.__cents = balance

    @property
    def balance(self):
        return self.__cents

    def _change(self, delta):
        self.__cents += delta
        return self.__cents

    @staticmethod
    def _amount(amount):
        if type(amount) is int and amount > 0:
            return amount
        raise ValueError(f"invalid amount {amount!r}")

    @abstractmethod
    def fee(self, amount): ...

    @abstractmethod
    def overdraft_limit(self): ...

    def deposit(self, amount):
        return self._change(self._amount(amount))

    def withdraw(self, amount):
        amount = self._amount(amount)
        debit = amount + self.fee(amount)
        if self.balance - debit + self.overdraft_limit() < 0:
            raise InsufficientFunds(f"balance {self.balance}, debit {debit}")
        return self._change(-debit)

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__qualname__.rpartition('.')[2]}({self.owner!r}, balance={self.balance})"


class Checking(Account):
    def fee(self, amount):
        return 100

    def overdraft_limit(self):
        return 50000


class Savings(Account):
    def fee(self, amount):
        return 0

    def overdraft_limit(self):
        return 0

    def month_end(self):
        interest, _ = divmod(self.balance * 2, 100)
        self._change(interest)


def total_balance(accounts):
    return sum((a.balance for a in accounts), 0)


def close_month(accounts):
    for account in accounts:
        account.month_end()
