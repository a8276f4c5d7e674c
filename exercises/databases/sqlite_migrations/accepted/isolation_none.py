# Autocommit mode while migrating (isolation_level = None), with explicit
# BEGIN/COMMIT/ROLLBACK statements; the plan read with a set of prefixes.
import sqlite3


class MigrationError(Exception):
    def __init__(self, version):
        self.version = version
        super().__init__(version)


def current_version(conn):
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    return version


def migrate(conn, migrations):
    saved = conn.isolation_level
    if conn.in_transaction:
        conn.commit()
    conn.isolation_level = None
    try:
        version = current_version(conn)
        for number in range(version + 1, len(migrations) + 1):
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in migrations[number - 1]:
                    conn.execute(statement)
                conn.execute("PRAGMA user_version = %d" % number)
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                conn.execute("ROLLBACK")
                raise MigrationError(number) from exc
            version = number
        return version
    finally:
        conn.isolation_level = saved


def uses_index(conn, sql, params=()):
    kinds = {row[3].split(" ", 1)[0] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params)}
    kinds &= {"SEARCH", "SCAN"}
    return kinds == {"SEARCH"}
