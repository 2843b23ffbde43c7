"""Rasa's conversation events in our database: encrypted, found again, appended
without duplicates, and gone after an erasure (Restarted or a case erased)."""
from __future__ import annotations

import asyncio

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Restarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import text

from bot import config
from bot.config import PROJECT_ROOT
from bot.storage import close_engines, open_store
from bot.storage.tracker_store import EncryptedTrackerStore

PHONE = "+15005550999"
SAID = "tengo leucemia mieloide"


@pytest.fixture(scope="module")
def domain():
    return Domain.load(str(PROJECT_ROOT / "domain.yml"))


@pytest.fixture
def settings(tmp_path, database_url):
    yield config.load({"INTAKE_VAR_DIR": str(tmp_path), "INTAKE_DATABASE_URL": database_url})
    close_engines()


def conversation(domain, *events) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(PHONE, list(events), domain.slots)


def table(settings) -> str:
    with open_store(settings)._sessions() as session:
        return str(session.execute(text("SELECT * FROM tracker_events")).fetchall())


def test_events_are_encrypted_found_again_and_appended_once(domain, settings):
    store = EncryptedTrackerStore(domain, settings=settings)
    first = conversation(domain, ActionExecuted("action_listen"), UserUttered(SAID),
                         BotUttered("¿Cuándo empezó?"))
    asyncio.run(store.save(first))
    stored = table(settings)
    assert SAID not in stored and "leucemia" not in stored and "5550999" not in stored
    found = asyncio.run(store.retrieve(PHONE))
    assert found.latest_message.text == SAID and len(found.events) == 3
    found.update(UserUttered("hace dos semanas"))
    asyncio.run(store.save(found))
    again = asyncio.run(store.retrieve(PHONE))
    assert [e.text for e in again.events if isinstance(e, UserUttered)] == [
        SAID, "hace dos semanas"]
    assert asyncio.run(store.retrieve("+15005550000")) is None


def test_a_restart_after_erasure_keeps_nothing_from_before(domain, settings):
    store = EncryptedTrackerStore(domain, settings=settings)
    asyncio.run(store.save(conversation(domain, UserUttered(SAID), BotUttered("ok"))))
    tracker = asyncio.run(store.retrieve(PHONE))
    tracker.update(UserUttered("sí"))
    tracker.update(Restarted())
    tracker.update(BotUttered("Listo. Sus respuestas fueron borradas."))
    asyncio.run(store.save(tracker))
    left = asyncio.run(store.retrieve(PHONE))
    assert [type(e).__name__ for e in left.events] == ["BotUttered"]


def test_erasing_the_case_erases_the_senders_events(domain, settings):
    store = EncryptedTrackerStore(domain, settings=settings)
    asyncio.run(store.save(conversation(domain, UserUttered(SAID))))
    cases = open_store(settings)
    case = cases.open_case(PHONE, "sms", "es")
    cases.erase_case(case.id, erased_by="retention", reason="retention_unfinished")
    assert asyncio.run(store.retrieve(PHONE)) is None
