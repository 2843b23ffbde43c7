"""Storage of cases, answers and events: encrypted, append-only, migrated.

``open_store(settings)`` is the entry point for every process; see ``models.py``
for the tables, ``crypto.py`` for what is encrypted and how keys rotate, and
``db.py`` for engines and migrations.
"""
from __future__ import annotations

import threading
from typing import Callable, Optional

from sqlalchemy.engine import Engine

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
    "open_store",
]

# One engine (and pool) per database URL per process, however many stores use it.
_engines: dict[str, Engine] = {}
_migrated: set[str] = set()
_lock = threading.Lock()


def open_store(settings: Settings, *, migrate: bool = True,
               clock: Optional[Callable] = None) -> CaseStore:
    """A case store on ``settings.database_url``, migrated to the newest schema.

    ``clock`` (aware UTC datetimes) replaces the wall clock, for tests that move time.
    """
    url = settings.database_url
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _engines[url] = make_engine(url)
        if migrate and url not in _migrated:
            upgrade(engine)
            _migrated.add(url)
    cipher = FieldCipher(settings.encryption_keys, settings.lookup_key)
    if clock is None:
        return CaseStore(make_sessions(engine), cipher, organisation=settings.organisation)
    return CaseStore(make_sessions(engine), cipher, clock=clock,
                     organisation=settings.organisation)


def close_engines() -> None:
    """Close every cached engine's connections (shutdown, tests)."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()
        _migrated.clear()
