import sqlite3


class MigrationError(Exception):
    pass


def current_version(conn):
    raise NotImplementedError("write current_version()")


def migrate(conn, migrations):
    raise NotImplementedError("write migrate()")


def uses_index(conn, sql, params=()):
    raise NotImplementedError("write uses_index()")
