"""Shared database fixtures: every database test runs on SQLite and on PostgreSQL.

``database_url`` gives each test an empty database: a fresh SQLite file, or a
fresh PostgreSQL schema (``test_<random>``, selected through the connection's
``search_path`` and dropped afterwards). PostgreSQL comes from
``INTAKE_TEST_POSTGRES_URL`` (default: local, trust auth); when it cannot be
reached those tests are skipped, and the pytest header says so.
"""
from __future__ import annotations

import functools
import os
import secrets

import pytest
import sqlalchemy
from sqlalchemy.engine import make_url

POSTGRES_URL = os.environ.get(
    "INTAKE_TEST_POSTGRES_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/test"
)


def _shown(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


@functools.lru_cache(maxsize=None)
def postgres_problem() -> str | None:
    """None when PostgreSQL answers, else why not (checked once per run)."""
    engine = sqlalchemy.create_engine(
        POSTGRES_URL, future=True, connect_args={"connect_timeout": 3}
    )
    try:
        with engine.connect() as connection:
            connection.execute(sqlalchemy.text("SELECT 1"))
    except Exception as error:  # any failure means "not available for tests"
        cause = getattr(error, "orig", None) or error
        return f"{type(cause).__name__}: {str(cause).strip().splitlines()[0]}"
    finally:
        engine.dispose()
    return None


def pytest_report_header(config) -> str:
    problem = postgres_problem()
    if problem is None:
        return f"storage tests: PostgreSQL at {_shown(POSTGRES_URL)} reachable"
    return (
        f"storage tests: PostgreSQL at {_shown(POSTGRES_URL)} NOT reachable: "
        f"PostgreSQL-backed tests skipped ({problem})"
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """URL of an empty database, once per backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.sqlite3'}"
        return
    problem = postgres_problem()
    if problem is not None:
        pytest.skip(f"PostgreSQL at {_shown(POSTGRES_URL)} not reachable: {problem}")
    schema = f"test_{secrets.token_hex(6)}"
    admin = sqlalchemy.create_engine(POSTGRES_URL, future=True)
    try:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        url = make_url(POSTGRES_URL).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    finally:
        admin.dispose()
