"""Storage of cases, answers and events: encrypted, append-only, migrated.

``open_store(settings)`` is the entry point for every process; see ``models.py``
for the tables, ``crypto.py`` for what is encrypted and how keys rotate, and
``db.py`` for engines and migrations.
"""
from __future__ import annotations

import threading
from typing import Callable, Optional

from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.config import Settings

from .cases import CaseStore
from .crypto import DecryptionError, FieldCipher
from .db import make_engine, make_sessions, upgrade
from .records import (
    STATUS_ACTIVE,
    STATUS_ARCHIVED,
    AnswerRecord,
    CaseNotFound,
    CaseRecord,
    EventRecord,
)

__all__ = [
    "STATUS_ACTIVE",
    "STATUS_ARCHIVED",
    "AnswerRecord",
    "CaseNotFound",
    "CaseRecord",
    "CaseStore",
    "DecryptionError",
    "EventRecord",
    "FieldCipher",
    "close_engines",
    "open_sessions",
    "open_store",
]

# One engine (and pool) per database URL per process, however many stores use it.
_engines: dict[str, Engine] = {}
_migrated: set[str] = set()
_lock = threading.Lock()


def open_sessions(settings: Settings, *, migrate: bool = True) -> sessionmaker:
    """Sessions on ``settings.database_url`` (one engine per URL per process),
    migrated to the newest schema first."""
    url = settings.database_url
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _engines[url] = make_engine(url)
        if migrate and url not in _migrated:
            upgrade(engine)
            _migrated.add(url)
    return make_sessions(engine)


def open_store(settings: Settings, *, migrate: bool = True,
               clock: Optional[Callable] = None) -> CaseStore:
    """A case store on ``settings.database_url``, migrated to the newest schema.

    ``clock`` (aware UTC datetimes) replaces the wall clock, for tests that move time.
    """
    sessions = open_sessions(settings, migrate=migrate)
    cipher = FieldCipher(settings.encryption_keys, settings.lookup_key)
    if clock is None:
        return CaseStore(sessions, cipher, organisation=settings.organisation)
    return CaseStore(sessions, cipher, clock=clock,
                     organisation=settings.organisation)


def close_engines() -> None:
    """Close every cached engine's connections (shutdown, tests)."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()
        _migrated.clear()
