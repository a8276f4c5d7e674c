# Counts any plan naming an index as using one, full index scans included.
import sqlite3


class MigrationError(Exception):
    def __init__(self, version):
        super().__init__(f"migration {version} failed")
        self.version = version


def current_version(conn):
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn, migrations):
    version = current_version(conn)
    for number, statements in enumerate(migrations, start=1):
        if number <= version:
            continue
        if conn.in_transaction:
            conn.commit()
        conn.execute("BEGIN")
        try:
            for sql in statements:
                conn.execute(sql)
            conn.execute(f"PRAGMA user_version = {number}")
        except sqlite3.Error as err:
            conn.rollback()
            raise MigrationError(number) from err
        conn.commit()
        version = number
    return version


def uses_index(conn, sql, params=()):
    plan = conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    details = [row[-1] for row in plan]
    return any("INDEX" in d or "PRIMARY KEY" in d for d in details)
