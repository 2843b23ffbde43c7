"""Alembic environment: run the migrations on the connection ``db.upgrade`` hands in.

Without one (``alembic_config(url)`` used with Alembic's commands, e.g. to
autogenerate a revision) it connects to ``sqlalchemy.url`` itself.
"""
from __future__ import annotations

from alembic import context

from bot.storage.db import autogenerate_options, make_engine
from bot.storage.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(**options) -> None:
    context.configure(
        target_metadata=target_metadata,
        render_as_batch=True,   # SQLite cannot ALTER most things; batch copies tables
        **autogenerate_options(),
        **options,
    )


def run_offline() -> None:
    _configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url"))
    try:
        with engine.connect() as own_connection:
            _configure(connection=own_connection)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
