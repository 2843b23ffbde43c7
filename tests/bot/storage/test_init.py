"""open_store: the entry point every process uses."""
from __future__ import annotations

from dataclasses import replace

import pytest
import sqlalchemy as sa
from cryptography.fernet import Fernet

from bot.config import load
from bot.interview.model import Answer, AnswerStatus
from bot.storage import CaseStore, close_engines, open_store


@pytest.fixture
def settings(database_url, tmp_path):
    environ = {
        "INTAKE_VAR_DIR": str(tmp_path / "var"),
        "INTAKE_DATABASE_URL": database_url,
        "INTAKE_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "INTAKE_LOOKUP_KEY": "lookup",
    }
    yield load(environ)
    close_engines()


def test_open_store_migrates_and_works(settings):
    store = open_store(settings)
    assert isinstance(store, CaseStore)
    case = store.open_case("+15551234567", "twilio", "es")
    store.save_answer(case.id, Answer("q", AnswerStatus.ANSWERED, 1, "uno", "es"), "twilio")
    # A second process-level store on the same database sees the same data.
    again = open_store(settings)
    assert again.current_answers(case.id)["q"].raw_text == "uno"


def test_open_store_shares_one_engine_per_url(settings):
    first, second = open_store(settings), open_store(settings)
    assert first._sessions.kw["bind"] is second._sessions.kw["bind"]


def test_open_store_without_migrate_leaves_the_schema_alone(settings):
    open_store(settings, migrate=False)
    engine = sa.create_engine(settings.database_url, future=True)
    try:
        assert sa.inspect(engine).get_table_names() == []
    finally:
        engine.dispose()


def test_open_store_uses_the_settings_keys(settings):
    store = open_store(settings)
    case = store.open_case("+15551234567", "twilio", "en")
    rotated = replace(settings, encryption_keys=(Fernet.generate_key().decode(),
                                                 *settings.encryption_keys))
    assert open_store(rotated).get_case(case.id).sender_id == "+15551234567"
