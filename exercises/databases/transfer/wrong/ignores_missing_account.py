import psycopg


class InsufficientFunds(Exception):
    pass


def transfer(conn, src, dst, amount):
    if type(amount) is not int or amount <= 0:
        raise ValueError(amount)
    try:
        conn.execute("UPDATE accounts SET balance = balance - %s WHERE id = %s", (amount, src))
        conn.execute("UPDATE accounts SET balance = balance + %s WHERE id = %s", (amount, dst))
    except psycopg.errors.CheckViolation:
        conn.rollback()
        raise InsufficientFunds(src) from None
    conn.commit()
