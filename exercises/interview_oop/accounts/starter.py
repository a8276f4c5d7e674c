"""Design a class hierarchy, bank accounts: see `grader show interview_oop/accounts`."""

from abc import ABC, abstractmethod


class InsufficientFunds(Exception):
    pass


class Account(ABC):
    def __init__(self, owner, balance=0):
        raise NotImplementedError("write Account")

    @property
    def balance(self):
        raise NotImplementedError

    @abstractmethod
    def fee(self, amount): ...

    @abstractmethod
    def overdraft_limit(self): ...

    def deposit(self, amount):
        raise NotImplementedError

    def withdraw(self, amount):
        raise NotImplementedError

    def month_end(self):
        raise NotImplementedError


class Checking(Account):
    def fee(self, amount):
        raise NotImplementedError

    def overdraft_limit(self):
        raise NotImplementedError


class Savings(Account):
    def fee(self, amount):
        raise NotImplementedError

    def overdraft_limit(self):
        raise NotImplementedError


def total_balance(accounts):
    raise NotImplementedError


def close_month(accounts):
    raise NotImplementedError
