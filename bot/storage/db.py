"""Engines, sessions and schema migrations.

SQLite is the embedded default (a file under ``var/``); PostgreSQL serves
production. Both are reached through the same SQLAlchemy 1.4 engine in 2.0 mode.

Migrations are Alembic scripts in ``migrations/``, run programmatically by
``upgrade`` (no alembic.ini). Several processes start at once (Rasa server, action
server, staff app) and each may call ``upgrade``: the migration holds an exclusive
lock (a PostgreSQL advisory lock, a SQLite write transaction) so exactly one of
them migrates and the others then find the schema at head.

To write a new migration after changing ``models.py``::

    from alembic import command
    from bot.storage.db import alembic_config
    command.revision(alembic_config("sqlite:///var/intake.sqlite3"),
                     message="what changed", autogenerate=True)

then review the generated file (it renders ``UTCDateTime`` columns: replace them
with ``sa.DateTime(timezone=True)`` so migrations never import application code).
"""
from __future__ import annotations

import sqlite3
import time

from pathlib import Path
from typing import Union

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.orm import sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Any fixed number; it names the PostgreSQL advisory lock held while migrating.
_MIGRATION_LOCK_ID = 0x1A7E_0001

# How long a SQLite writer waits for another writer before giving up (seconds).
_SQLITE_BUSY_TIMEOUT = 30


def make_engine(url: str) -> Engine:
    """Create an engine with the settings each database needs to be safe."""
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        engine = create_engine(
            url,
            future=True,
            connect_args={"check_same_thread": False, "timeout": _SQLITE_BUSY_TIMEOUT},
        )
        event.listen(engine, "connect", _configure_sqlite_connection)
        return engine
    if backend == "postgresql":
        return create_engine(url, future=True, pool_pre_ping=True)
    return create_engine(url, future=True)


def _configure_sqlite_connection(dbapi_connection, _connection_record) -> None:
    """Turn on foreign keys (off by default in SQLite) and write-ahead logging.

    WAL lets readers work while a writer commits, which the action server's
    concurrent requests need; foreign keys make ``ON DELETE CASCADE`` real.
    """
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        _switch_to_wal(cursor)
    finally:
        cursor.close()


def _switch_to_wal(cursor) -> None:
    """Switching a new database file to WAL needs it to itself, and SQLite answers
    "database is locked" at once, without its busy timeout, when another process is
    migrating it: wait and retry, as the busy timeout would."""
    deadline = time.monotonic() + _SQLITE_BUSY_TIMEOUT
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def make_sessions(engine: Engine) -> sessionmaker:
    """Session factory; records outlive their session, so nothing expires on commit."""
    return sessionmaker(bind=engine, future=True, expire_on_commit=False)


def alembic_config(url: str | None = None) -> Config:
    """An Alembic configuration pointing at this package's migrations."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        # ConfigParser treats % as interpolation; URLs may hold %-escapes.
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def autogenerate_options() -> dict:
    """Options for comparing the models with a database (autogenerate, tests)."""
    return {"compare_type": True, "include_name": _include_name}


def _include_name(name: str | None, type_: str, _parent_names) -> bool:
    # SQLite's own bookkeeping table for AUTOINCREMENT is not part of our schema.
    return not (type_ == "table" and name == "sqlite_sequence")


def upgrade(url_or_engine: Union[str, Engine]) -> None:
    """Bring the database schema to the newest migration (idempotent).

    For PostgreSQL the tables go into the first schema of the connection's
    ``search_path`` (``?options=-csearch_path=NAME`` in the URL chooses one).
    """
    if isinstance(url_or_engine, Engine):
        _upgrade_engine(url_or_engine)
        return
    engine = make_engine(url_or_engine)
    try:
        _upgrade_engine(engine)
    finally:
        engine.dispose()


def _upgrade_engine(engine: Engine) -> None:
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            _upgrade_sqlite(connection)
            return
        with connection.begin():
            if engine.dialect.name == "postgresql":
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": _MIGRATION_LOCK_ID}
                )
            _run_migrations(connection)


def _upgrade_sqlite(connection: Connection) -> None:
    """Migrate SQLite in one exclusive transaction with foreign keys off.

    Alembic's batch mode rebuilds a table by copying it and dropping the old one;
    with foreign keys on, dropping ``cases`` would cascade and delete every answer.
    SQLite only honours ``PRAGMA foreign_keys`` outside a transaction, so the
    connection runs in driver autocommit and the transaction is managed here;
    ``BEGIN IMMEDIATE`` takes the write lock up front so concurrent starters wait
    instead of migrating twice. Integrity is checked before committing.
    """
    connection.execution_options(isolation_level="AUTOCOMMIT")
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            _run_migrations(connection)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"migration broke {len(problems)} foreign key(s)")
        except BaseException:
            connection.exec_driver_sql("ROLLBACK")
            raise
        connection.exec_driver_sql("COMMIT")
    finally:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")


def _run_migrations(connection: Connection) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
