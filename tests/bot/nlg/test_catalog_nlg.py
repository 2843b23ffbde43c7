"""Rasa's own responses are translated into the case's language before slots are filled."""
from __future__ import annotations

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from bot.i18n.catalog import gettext_for
from bot.nlg.catalog_nlg import CatalogNLG
from bot.nlg.messages import MESSAGES

ENGLISH = MESSAGES["choose_by_number"]        # a msgid every catalog translates


@pytest.fixture
def domain():
    return Domain.from_dict({
        "slots": {"language": {"type": "text", "mappings": [{"type": "custom"}]}},
        "responses": {
            "utter_pick": [{"text": ENGLISH,
                            "buttons": [{"title": MESSAGES["yes"], "payload": "/affirm"}]}],
        },
    })


def tracker(domain, language):
    tracker = DialogueStateTracker.from_events("s", [], slots=domain.slots)
    tracker.update(SlotSet("language", language))
    return tracker


@pytest.mark.asyncio
async def test_text_and_buttons_come_in_the_case_language(domain):
    nlg = CatalogNLG(domain=domain)
    spanish = gettext_for("es")
    response = await nlg.generate("utter_pick", tracker(domain, "es"), "rest")
    assert response["text"] == spanish(ENGLISH) != ENGLISH
    assert response["buttons"][0]["title"] == spanish(MESSAGES["yes"])


@pytest.mark.asyncio
async def test_unknown_language_and_unknown_text_stay_english(domain):
    nlg = CatalogNLG(domain=domain)
    response = await nlg.generate("utter_pick", tracker(domain, "xx"), "rest")
    assert response["text"] == ENGLISH
    assert await nlg.generate("utter_missing", tracker(domain, "es"), "rest") is None
