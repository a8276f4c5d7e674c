from psycopg import errors


class InsufficientFunds(Exception):
    pass


def transfer(conn, src, dst, amount):
    if type(amount) is not int or amount <= 0:
        raise ValueError(amount)
    try:
        cur = conn.execute(
            """
            UPDATE accounts
               SET balance = balance + CASE WHEN id = %(src)s THEN -%(n)s ELSE %(n)s END
             WHERE id IN (%(src)s, %(dst)s)
            RETURNING id
            """,
            {"src": src, "dst": dst, "n": amount},
        )
        touched = {row[0] for row in cur.fetchall()}
        missing = [a for a in (src, dst) if a not in touched]
        if missing:
            raise KeyError(missing[0])
    except errors.CheckViolation:
        conn.rollback()
        raise InsufficientFunds(src) from None
    except KeyError:
        conn.rollback()
        raise
    conn.commit()
