"""Reads an applicant's reply as the typed value a question expects.

Dispatches on the question's answer type to the parsers in ``bot.parsing``;
raises ``ParseError`` (with a stable code the engine turns into a kind re-ask).
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from bot.i18n.catalog import gettext_for
from bot.interview.model import AnswerType, Question
from bot.parsing.choices import parse_choice, parse_multi_choice
from bot.parsing.dates import parse_date
from bot.parsing.lists import parse_event_list, parse_people_list
from bot.parsing.money import parse_money, parse_money_list
from bot.parsing.numbers import parse_number
from bot.parsing.receipt import parse_receipt_number
from bot.parsing.text import parse_name, parse_text
from bot.parsing.yes_no import parse_yes_no


def choice_options(question: Question, lang: str) -> list[tuple[str, list[str]]]:
    """Each choice key with the labels an applicant may type: theirs and English."""
    translate = gettext_for(lang)
    return [(c.key, [translate(c.label), c.label]) for c in question.choices]


def interpret(question: Question, text: str, lang: str, today: dt.date) -> Any:
    """Return the typed value of ``text`` as an answer to ``question``."""
    readers: dict[AnswerType, Callable[[], Any]] = {
        AnswerType.TEXT: lambda: parse_text(text, lang),
        AnswerType.NAME: lambda: parse_name(text, lang),
        AnswerType.DATE: lambda: parse_date(text, lang, today=today,
                                            allow_future=question.allow_future),
        AnswerType.NUMBER: lambda: parse_number(text, lang, min_value=question.min_value,
                                                max_value=question.max_value),
        AnswerType.MONEY: lambda: parse_money(text, lang),
        AnswerType.MONEY_LIST: lambda: parse_money_list(text, lang),
        AnswerType.YES_NO: lambda: parse_yes_no(text, lang),
        AnswerType.CHOICE: lambda: parse_choice(text, lang, choice_options(question, lang)),
        AnswerType.MULTI_CHOICE: lambda: parse_multi_choice(text, lang,
                                                            choice_options(question, lang)),
        AnswerType.EVENT_LIST: lambda: parse_event_list(text, lang, today=today),
        AnswerType.PEOPLE_LIST: lambda: parse_people_list(text, lang),
        AnswerType.RECEIPT_NUMBER: lambda: parse_receipt_number(text),
    }
    return readers[question.type]()
