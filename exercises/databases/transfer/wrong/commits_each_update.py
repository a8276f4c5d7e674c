import psycopg


class InsufficientFunds(Exception):
    pass


def transfer(conn, src, dst, amount):
    if type(amount) is not int or amount <= 0:
        raise ValueError(amount)
    # Credit first, then debit, each committed on its own.
    for account, delta in ((dst, amount), (src, -amount)):
        try:
            cur = conn.execute(
                "UPDATE accounts SET balance = balance + %s WHERE id = %s", (delta, account)
            )
        except psycopg.errors.CheckViolation:
            conn.rollback()
            raise InsufficientFunds(src) from None
        if cur.rowcount != 1:
            conn.rollback()
            raise KeyError(account)
        conn.commit()
