"""A bank transfer in one PostgreSQL transaction."""

import psycopg


class InsufficientFunds(Exception):
    """The source account's balance is smaller than the amount."""


def transfer(conn, src, dst, amount):
    if type(amount) is not int or amount <= 0:
        raise ValueError(f"amount must be a positive int, not {amount!r}")
    try:
        with conn.cursor() as cur:
            # Computed in the database: a concurrent transfer's update waits
            # for this row's lock and then applies to the new balance.
            cur.execute(
                "UPDATE accounts SET balance = balance - %s WHERE id = %s", (amount, src)
            )
            if cur.rowcount != 1:
                raise KeyError(src)
            cur.execute(
                "UPDATE accounts SET balance = balance + %s WHERE id = %s", (amount, dst)
            )
            if cur.rowcount != 1:
                raise KeyError(dst)
    except psycopg.errors.CheckViolation:
        conn.rollback()
        raise InsufficientFunds(src) from None
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
