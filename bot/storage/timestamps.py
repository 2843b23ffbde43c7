"""Timezone-aware UTC timestamps on every database.

PostgreSQL keeps ``timestamptz`` but hands values back in the session's time zone;
SQLite has no time zone at all and returns naive datetimes. Both are easy to
misread in a case file where "when was this said" matters, so every timestamp
column goes through ``UTCDateTime``: only aware datetimes go in, and aware UTC
datetimes always come out.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy.types import DateTime, TypeDecorator


def utc_now() -> datetime:
    """The default clock of the store."""
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """A ``DateTime(timezone=True)`` column that stores and returns aware UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime: pass a timezone-aware value")
        value = value.astimezone(timezone.utc)
        if dialect.name == "sqlite":
            # SQLite stores the text without an offset; keep it UTC by convention.
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)
