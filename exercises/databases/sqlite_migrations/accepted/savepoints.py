# A context manager per migration: `with conn:` commits or rolls back,
# after an explicit BEGIN so DDL is inside the transaction.
import contextlib
import sqlite3


class MigrationError(Exception):
    def __init__(self, version):
        super().__init__(f"migration {version} failed")
        self.version = version


def current_version(conn):
    return conn.execute("PRAGMA user_version").fetchone()[0]


@contextlib.contextmanager
def _atomic(conn):
    if conn.in_transaction:
        conn.commit()
    conn.execute("BEGIN")
    with conn:  # commits on success, rolls back on an exception
        yield


def migrate(conn, migrations):
    start = current_version(conn)
    for number, statements in list(enumerate(migrations, 1))[start:]:
        try:
            with _atomic(conn):
                for statement in statements:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {int(number)}")
        except sqlite3.Error as err:
            raise MigrationError(number) from err
    return current_version(conn)


def uses_index(conn, sql, params=()):
    details = [detail for *_, detail in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
    return all(not d.startswith("SCAN") for d in details) and any(d.startswith("SEARCH") for d in details)
