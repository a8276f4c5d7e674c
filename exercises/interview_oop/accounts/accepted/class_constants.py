"""Accepted: subclasses answer from class constants; validation in one helper; a ledger list."""

import abc


class InsufficientFunds(Exception):
    pass


def _positive_cents(value):
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(value)
    return value


class Account(abc.ABC):
    def __init__(self, owner, balance=0):
        if type(owner) is not str or owner == "":
            raise ValueError("owner")
        if isinstance(balance, bool) or not isinstance(balance, int) or balance < 0:
            raise ValueError("balance")
        self.owner = owner
        self.__ledger = [balance]

    balance = property(lambda self: sum(self.__ledger))

    @abc.abstractmethod
    def fee(self, amount):
        raise NotImplementedError

    @abc.abstractmethod
    def overdraft_limit(self):
        raise NotImplementedError

    def _post(self, delta):
        self.__ledger.append(delta)
        return self.balance

    def deposit(self, amount):
        return self._post(_positive_cents(amount))

    def withdraw(self, amount):
        cost = _positive_cents(amount) + self.fee(amount)
        floor = -self.overdraft_limit()
        if self.balance - cost < floor:
            raise InsufficientFunds(amount)
        return self._post(-cost)

    def month_end(self):
        return None

    def __repr__(self):
        return "%s(%r, balance=%d)" % (self.__class__.__name__, self.owner, self.balance)


class Checking(Account):
    FEE = 100
    LIMIT = 50_000

    def fee(self, amount):
        return self.FEE

    def overdraft_limit(self):
        return self.LIMIT


class Savings(Account):
    RATE_PERCENT = 2

    def fee(self, amount):
        return 0

    def overdraft_limit(self):
        return 0

    def month_end(self):
        interest = self.balance * self.RATE_PERCENT // 100
        if interest:
            self._post(interest)


def total_balance(accounts):
    total = 0
    for a in accounts:
        total += a.balance
    return total


def close_month(accounts):
    for a in accounts:
        a.month_end()
