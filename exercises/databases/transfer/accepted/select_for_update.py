class InsufficientFunds(Exception):
    pass


def transfer(conn, src, dst, amount):
    if type(amount) is not int or amount <= 0:
        raise ValueError("amount must be a positive int")
    cur = conn.cursor()
    try:
        # Lock both rows (in a fixed order), then decide in Python.
        cur.execute(
            "SELECT id, balance FROM accounts WHERE id = ANY(%s) ORDER BY id FOR UPDATE",
            ([src, dst],),
        )
        found = dict(cur.fetchall())
        for account in (src, dst):
            if account not in found:
                raise KeyError(account)
        if found[src] < amount:
            raise InsufficientFunds(f"{src} has {found[src]}")
        cur.execute("UPDATE accounts SET balance = %s WHERE id = %s", (found[src] - amount, src))
        cur.execute(
            "UPDATE accounts SET balance = balance + %s WHERE id = %s", (amount, dst)
        )
    except Exception:
        conn.rollback()
        raise
    conn.commit()
