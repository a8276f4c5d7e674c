class InsufficientFunds(Exception):
    pass


def transfer(conn, src, dst, amount):
    if type(amount) is not int or amount <= 0:
        raise ValueError(amount)
    try:
        balances = dict(
            conn.execute(
                "SELECT id, balance FROM accounts WHERE id = ANY(%s)", ([src, dst],)
            ).fetchall()
        )
        for account in (src, dst):
            if account not in balances:
                raise KeyError(account)
        if balances[src] < amount:
            raise InsufficientFunds(src)
        # Writes back balances read without a lock.
        conn.execute(
            "UPDATE accounts SET balance = %s WHERE id = %s", (balances[src] - amount, src)
        )
        conn.execute(
            "UPDATE accounts SET balance = %s WHERE id = %s", (balances[dst] + amount, dst)
        )
    except Exception:
        conn.rollback()
        raise
    conn.commit()
