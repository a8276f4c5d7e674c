import psycopg


class InsufficientFunds(Exception):
    pass


def transfer(conn, src, dst, amount):
    if type(amount) is not int or amount <= 0:
        raise ValueError(amount)
    with conn.cursor() as cur:
        try:
            cur.execute("UPDATE accounts SET balance = balance - %s WHERE id = %s", (amount, src))
        except psycopg.errors.CheckViolation:
            raise InsufficientFunds(src) from None
        if cur.rowcount != 1:
            raise KeyError(src)
        cur.execute("UPDATE accounts SET balance = balance + %s WHERE id = %s", (amount, dst))
        if cur.rowcount != 1:
            raise KeyError(dst)
    conn.commit()
