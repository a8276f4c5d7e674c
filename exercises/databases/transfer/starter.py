"""A bank transfer in one PostgreSQL transaction."""


class InsufficientFunds(Exception):
    """The source account's balance is smaller than the amount."""


def transfer(conn, src, dst, amount):
    raise NotImplementedError
