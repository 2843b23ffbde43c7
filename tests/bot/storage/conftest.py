"""Fixtures for the storage tests: a migrated engine, a cipher, a store, a clock."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from cryptography.fernet import Fernet

from bot.storage.cases import CaseStore
from bot.storage.crypto import FieldCipher
from bot.storage.db import make_engine, make_sessions, upgrade


class FakeClock:
    """A clock that moves only when told to, one second per reading by default."""

    def __init__(self, start: datetime = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)):
        self.now = start
        self.step = timedelta(seconds=1)

    def __call__(self) -> datetime:
        self.now += self.step
        return self.now


@pytest.fixture
def engine(database_url):
    """An engine on an empty database migrated to head; closed after the test."""
    engine = make_engine(database_url)
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def keys() -> list[str]:
    return [Fernet.generate_key().decode()]


@pytest.fixture
def cipher(keys) -> FieldCipher:
    return FieldCipher(keys, lookup_key="test-lookup-key")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(engine, cipher, clock) -> CaseStore:
    return CaseStore(make_sessions(engine), cipher, clock=clock)
