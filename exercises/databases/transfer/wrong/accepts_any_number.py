import psycopg


class InsufficientFunds(Exception):
    pass


def transfer(conn, src, dst, amount):
    if amount <= 0:
        raise ValueError(amount)
    try:
        with conn.cursor() as cur:
            cur.execute("UPDATE accounts SET balance = balance - %s WHERE id = %s", (amount, src))
            if cur.rowcount != 1:
                raise KeyError(src)
            cur.execute("UPDATE accounts SET balance = balance + %s WHERE id = %s", (amount, dst))
            if cur.rowcount != 1:
                raise KeyError(dst)
    except psycopg.errors.CheckViolation:
        conn.rollback()
        raise InsufficientFunds(src) from None
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
