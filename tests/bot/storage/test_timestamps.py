from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import StatementError

from bot.storage.timestamps import UTCDateTime, utc_now

PLUS_FIVE = timezone(timedelta(hours=5, minutes=30))


@pytest.fixture
def table_engine(database_url):
    from bot.storage.db import make_engine

    engine = make_engine(database_url)
    metadata = sa.MetaData()
    table = sa.Table("moments", metadata, sa.Column("id", sa.Integer, primary_key=True),
                     sa.Column("at", UTCDateTime()))
    metadata.create_all(engine)
    yield engine, table
    engine.dispose()


def test_utc_now_is_aware_utc():
    assert utc_now().utcoffset() == timedelta(0)


def test_values_come_back_aware_utc_and_equal(table_engine):
    engine, table = table_engine
    moment = datetime(2025, 3, 1, 23, 30, 15, 123456, tzinfo=PLUS_FIVE)
    with engine.begin() as connection:
        connection.execute(table.insert().values(id=1, at=moment))
        connection.execute(table.insert().values(id=2, at=None))
    with engine.connect() as connection:
        stored = connection.execute(sa.select(table.c.at).where(table.c.id == 1)).scalar_one()
        empty = connection.execute(sa.select(table.c.at).where(table.c.id == 2)).scalar_one()
    assert stored == moment
    assert stored.tzinfo is timezone.utc
    assert stored.isoformat() == "2025-03-01T18:00:15.123456+00:00"
    assert empty is None


def test_naive_datetimes_are_refused(table_engine):
    engine, table = table_engine
    with pytest.raises(StatementError, match="naive datetime"):
        with engine.begin() as connection:
            connection.execute(table.insert().values(id=3, at=datetime(2025, 3, 1, 12, 0)))
