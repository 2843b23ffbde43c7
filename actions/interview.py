"""The one custom action: hands each message to the interview engine.

Thin on purpose: reading the tracker and writing the replies is all that happens
here; bot.interview does the work. The engine's database calls run in a worker
thread so the action server's event loop keeps serving other conversations.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import functools
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import config
from bot.interview.engine import Interview, Turn
from bot.storage import open_store


# Read at import so the action server refuses to start (ConfigError) when
# production mode lacks its secrets, instead of failing on the first message.
SETTINGS = config.load()


@functools.lru_cache(maxsize=1)
def interview() -> Interview:
    """The process-wide engine, built on first use."""
    settings = SETTINGS
    return Interview(open_store(settings),
                     resume_after=dt.timedelta(minutes=settings.resume_after_minutes),
                     default_language=settings.default_language)


def turn_from(tracker: Tracker) -> Turn:
    message = tracker.latest_message or {}
    intent = message.get("intent") or {}
    return Turn(
        sender_id=tracker.sender_id,
        text=message.get("text") or "",
        intent=intent.get("name"),
        confidence=float(intent.get("confidence") or 0.0),
        channel=tracker.get_latest_input_channel() or "rest",
    )


class ActionInterview(Action):
    def name(self) -> str:
        return "action_interview"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        reply = await asyncio.to_thread(interview().handle, turn_from(tracker))
        for message in reply.messages:
            dispatcher.utter_message(text=message.text,
                                     buttons=message.as_dict()["buttons"] or None)
        if reply.erased:
            # Rasa's tracker store then drops every stored event of this sender
            # (bot.storage.tracker_store): nothing the applicant said stays there.
            return [Restarted(), SlotSet("language", reply.language)]
        return [SlotSet("language", reply.language)]
