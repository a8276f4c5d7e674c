class InsufficientFunds(Exception):
    pass


def transfer(conn, src, dst, amount):
    if type(amount) is not int or amount <= 0:
        raise ValueError(amount)
    try:
        with conn.transaction():
            for account, delta in ((src, -amount), (dst, amount)):
                cur = conn.execute(
                    "UPDATE accounts SET balance = balance + %s WHERE id = %s", (delta, account)
                )
                if cur.rowcount != 1:
                    raise KeyError(account)
    finally:
        conn.commit()
