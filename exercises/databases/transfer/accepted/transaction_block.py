import psycopg


class InsufficientFunds(Exception):
    pass


def transfer(conn, src, dst, amount):
    if not isinstance(amount, int) or isinstance(amount, bool) or amount < 1:
        raise ValueError(amount)
    try:
        # Commits at the end of the block, rolls back if anything escapes it.
        with conn.transaction():
            for account, delta in ((dst, amount), (src, -amount)):
                cur = conn.execute(
                    "UPDATE accounts SET balance = balance + %s WHERE id = %s",
                    (delta, account),
                )
                if cur.rowcount == 0:
                    raise KeyError(account)
    except psycopg.errors.CheckViolation as e:
        raise InsufficientFunds(str(e)) from e
    conn.commit()
