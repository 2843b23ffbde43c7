"""Turns message keys and questions into what the applicant reads.

The engine decides *what* to say; this module decides *how* in one language:
catalog lookup, placeholders, examples and choice buttons. Shaping for a medium
(numbered lists in an SMS) is the channel's job, so buttons stay buttons here.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from bot.i18n.catalog import gettext_for
from bot.interview.model import AnswerType, Question
from bot.nlg.messages import MESSAGES

AFFIRM_PAYLOAD = "/affirm"
DENY_PAYLOAD = "/deny"


@dataclass(frozen=True)
class Button:
    title: str
    payload: str


@dataclass(frozen=True)
class Message:
    """One outgoing message: text and optional buttons."""

    text: str
    buttons: tuple[Button, ...] = field(default=())

    def as_dict(self) -> dict:
        return {"text": self.text,
                "buttons": [{"title": b.title, "payload": b.payload} for b in self.buttons]}


class Renderer:
    """Renders in one language; cheap to create per turn."""

    def __init__(self, lang: str):
        self.lang = lang
        self.gettext = gettext_for(lang)

    def say(self, key: str, **params: object) -> str:
        """Translate message ``key`` and fill its named placeholders."""
        text = self.gettext(MESSAGES[key])
        return text.format(**params) if params else text

    def translate(self, msgid: str) -> str:
        return self.gettext(msgid)

    def yes_no_buttons(self) -> tuple[Button, ...]:
        return (Button(self.say("yes"), AFFIRM_PAYLOAD), Button(self.say("no"), DENY_PAYLOAD))

    def choice_buttons(self, question: Question) -> tuple[Button, ...]:
        """Buttons for a choice question; the payload is the stable choice key."""
        return tuple(Button(self.translate(c.label), c.key) for c in question.choices)

    def question(self, question: Question, *, lead: str = "") -> Message:
        """The question as first asked: prompt, example and buttons."""
        parts = [lead] if lead else []
        parts.append(self.translate(question.prompt))
        if question.example:
            parts.append(self.translate(question.example))
        if question.type is AnswerType.MULTI_CHOICE:
            parts.append(self.say("choose_several"))
        return Message("\n".join(parts), self.buttons_for(question))

    def buttons_for(self, question: Question) -> tuple[Button, ...]:
        if question.type is AnswerType.YES_NO:
            return self.yes_no_buttons()
        if question.type in (AnswerType.CHOICE, AnswerType.MULTI_CHOICE):
            return self.choice_buttons(question)
        return ()
