"""A chat with the interview engine, turn by turn, on a clock tests move."""
from __future__ import annotations

import datetime as dt

from bot.interview.engine import Turn
from bot.interview.questions import QUESTIONS_BY_ID
from bot.interview.state import Mode
from testsupport.scripted import answer_text

SENDER = "+15550001111"


class Clock:
    def __init__(self):
        self.now = dt.datetime(2025, 6, 15, 12, 0, tzinfo=dt.timezone.utc)

    def __call__(self):
        return self.now

    def advance(self, **delta):
        self.now += dt.timedelta(**delta)


class Chat:
    """Sends turns like Rasa would, with an optional NLU intent."""

    def __init__(self, interview, store, clock, sender=SENDER):
        self.interview, self.store, self.clock, self.sender = interview, store, clock, sender
        self.reply = None

    def say(self, text, intent=None, confidence=0.95):
        self.clock.advance(seconds=30)
        self.reply = self.interview.handle(Turn(self.sender, text, intent, confidence if intent else 0.0))
        return self.reply

    @property
    def text(self):
        return "\n".join(m.text for m in self.reply.messages)

    @property
    def case(self):
        return self.store.active_case(self.sender)

    @property
    def current(self):
        return self.case.state.get("current")

    @property
    def mode(self):
        return Mode(self.case.state["mode"])

    def answers(self):
        return self.store.current_answers(self.case.id)

    def consent(self):
        self.say("hello", "greet")
        self.say("yes", "affirm")

    def answer_current(self, lang="en"):
        question = QUESTIONS_BY_ID[self.current]
        self.say(answer_text(question, lang))
        return question
