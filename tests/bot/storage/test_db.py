from __future__ import annotations

import threading

import sqlalchemy as sa

from bot.storage.db import make_engine, make_sessions, upgrade
from bot.storage.models import Case

def head_revision() -> str:
    from alembic.script import ScriptDirectory

    from bot.storage.db import alembic_config

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


TABLES = {"cases", "answers", "case_events", "alembic_version", "inbound_messages",
          "messaging_opt_outs", "case_documents", "staff_users", "login_failures", "audit_log",
          "case_notes", "case_search_terms", "staff_notifications", "erased_cases",
          "tracker_events"}


def table_names(engine) -> set[str]:
    return set(sa.inspect(engine).get_table_names()) - {"sqlite_sequence"}


def test_sqlite_engine_turns_on_foreign_keys_and_wal(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        engine.dispose()


def test_engine_is_future_mode(database_url):
    engine = make_engine(database_url)
    try:
        assert isinstance(engine, sa.future.Engine)
        if engine.dialect.name == "postgresql":
            assert engine.pool._pre_ping
    finally:
        engine.dispose()


def test_upgrade_from_url_creates_the_tables_and_is_idempotent(database_url):
    upgrade(database_url)
    upgrade(database_url)
    engine = make_engine(database_url)
    try:
        assert table_names(engine) == TABLES
        with engine.connect() as connection:
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            assert [row[0] for row in version] == [head_revision()]
    finally:
        engine.dispose()


def test_postgres_tables_land_in_the_schema_of_the_search_path(database_url):
    engine = make_engine(database_url)
    try:
        if engine.dialect.name != "postgresql":
            return
        upgrade(engine)
        with engine.connect() as connection:
            schema = connection.exec_driver_sql("SELECT current_schema()").scalar()
            found = connection.execute(
                sa.text("SELECT table_name FROM information_schema.tables "
                        "WHERE table_schema = :schema"), {"schema": schema}
            ).scalars().all()
        assert schema.startswith("test_")
        assert set(found) == TABLES
    finally:
        engine.dispose()


def test_processes_starting_together_migrate_once(database_url):
    """Rasa server, action server and staff app may all call upgrade at start."""
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def start() -> None:
        try:
            barrier.wait()
            upgrade(database_url)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    engine = make_engine(database_url)
    try:
        assert table_names(engine) == TABLES
    finally:
        engine.dispose()


def test_sessions_keep_loaded_values_after_commit(engine):
    sessions = make_sessions(engine)
    with sessions.begin() as session:
        session.execute(sa.text("SELECT 1"))
    assert sessions.kw["expire_on_commit"] is False
    assert sessions.kw["future"] is True
    with sessions() as session:
        assert session.execute(sa.select(sa.func.count()).select_from(Case)).scalar() == 0
