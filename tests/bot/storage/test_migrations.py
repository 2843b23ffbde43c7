"""The models and the migrations describe the same schema, on every database."""
from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from bot.storage.db import alembic_config, autogenerate_options, make_engine, upgrade
from bot.storage.models import Base


def differences(engine) -> list:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts=autogenerate_options())
        return compare_metadata(context, Base.metadata)


def test_migrated_database_matches_the_models(engine):
    assert differences(engine) == []


def test_comparison_does_notice_a_difference(engine):
    """Guard against a comparison that can never fail."""
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP INDEX ix_cases_sender_hash")
    kinds = [diff[0] for diff in differences(engine)]
    assert kinds == ["add_index"]


def test_downgrade_to_base_and_upgrade_again(database_url):
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        assert set(sa.inspect(engine).get_table_names()) <= {"alembic_version",
                                                               "sqlite_sequence"}
        upgrade(engine)
        assert differences(engine) == []
    finally:
        engine.dispose()


def test_offline_sql_can_be_generated_for_review(capsys):
    """DBAs may want the SQL instead of a live migration."""
    command.upgrade(alembic_config("postgresql://reviewer@localhost/intake"), "head",
                    sql=True)
    sql = capsys.readouterr().out
    assert "CREATE TABLE cases" in sql
    assert "ON DELETE CASCADE" in sql
    assert "TIMESTAMP WITH TIME ZONE" in sql
