"""Readable English renderings of typed answer values, for legal staff.

The report carries both the typed ``value`` (for software) and a ``display`` (for
people). Staff read English, so the display is always English whatever language the
applicant wrote in: dates in ISO form (no day/month ambiguity across countries),
money with its ISO currency code (``"1,500.50 USD"``: a "$" could be pesos), choices
by their English label rather than their key. List answers display as one string per
entry so a renderer can show them as a list instead of a run-on line.

Nothing here guesses: a value that does not have the shape its type promises is shown
as it is rather than dropped, so a parsing bug upstream never hides an answer.
"""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal, InvalidOperation
from typing import Any, Optional, Union

from babel.numbers import format_currency, format_decimal

from bot.interview.model import AnswerType, Question

Display = Union[str, list[str], None]

#: Answer types whose display is a list of strings (one per entry).
LIST_TYPES = frozenset({
    AnswerType.MONEY_LIST,
    AnswerType.MULTI_CHOICE,
    AnswerType.EVENT_LIST,
    AnswerType.PEOPLE_LIST,
})

STAFF_LOCALE = "en"
# Grouped digits, the currency's usual decimals, then the ISO code ("1,500.50 USD").
MONEY_PATTERN = "#,##0.00 \u00a4\u00a4"


def json_value(value: Any) -> Any:
    """Return ``value`` with dates, decimals and tuples made JSON-native."""
    if isinstance(value, dt.datetime):
        return format_timestamp(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [json_value(item) for item in value]
    if isinstance(value, dict):
        return {str(key): json_value(item) for key, item in value.items()}
    return value


def format_timestamp(moment: Optional[dt.datetime]) -> Optional[str]:
    """ISO 8601 in UTC with a ``Z``; naive times are taken to be UTC already.

    The database stores UTC; SQLite hands it back without a zone, so a naive value
    is labelled rather than shifted.
    """
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def display_value(question: Optional[Question], value: Any) -> Display:
    """English rendering of ``value`` as answered to ``question`` (None if no value).

    ``question`` may be None for an answer whose question no longer exists in the
    definitions (kept in the history); it is then shown as plain text.
    """
    if value is None:
        return None
    if question is None:
        return _plain(value)
    renderer = _RENDERERS.get(question.type, _render_text)
    try:
        return renderer(question, value)
    except (TypeError, ValueError, KeyError, AttributeError, InvalidOperation):
        return _plain(value)


def _plain(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(json_value(value), ensure_ascii=False, sort_keys=True)


def _render_text(question: Question, value: Any) -> str:
    return _plain(value)


def _render_date(question: Question, value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return dt.date.fromisoformat(str(value)).isoformat()


def _render_number(question: Question, value: Any) -> str:
    if isinstance(value, bool):
        raise TypeError("a yes/no is not a number")
    return format_decimal(Decimal(str(value)), locale=STAFF_LOCALE)


def format_money(amount: Any, currency: str) -> str:
    """``"1,500.50 USD"``; never rounds away digits the applicant gave."""
    return format_currency(
        Decimal(str(amount)), str(currency).upper(), format=MONEY_PATTERN,
        locale=STAFF_LOCALE, currency_digits=True, decimal_quantization=False)


def _render_money(question: Question, value: Any) -> str:
    return format_money(value["amount"], value["currency"])


def _render_money_list(question: Question, value: Any) -> list[str]:
    lines = []
    for entry in value:
        money = format_money(entry["amount"], entry["currency"])
        label = str(entry.get("label") or "").strip()
        lines.append(f"{label}: {money}" if label else money)
    return lines


def _render_yes_no(question: Question, value: Any) -> str:
    if not isinstance(value, bool):
        raise TypeError("not a yes/no")
    return "Yes" if value else "No"


def _choice_label(question: Question, key: Any) -> str:
    """The English label of a choice key; an unknown key is shown as the key."""
    for choice in question.choices:
        if choice.key == key:
            return choice.label
    return str(key)


def _render_choice(question: Question, value: Any) -> str:
    return _choice_label(question, value)


def _render_multi_choice(question: Question, value: Any) -> list[str]:
    if isinstance(value, str):
        raise TypeError("not a list")
    return [_choice_label(question, key) for key in value]


def _render_event_list(question: Question, value: Any) -> list[str]:
    lines = []
    for entry in value:
        when = str(entry.get("date") or "").strip()
        text = str(entry.get("text") or "").strip()
        lines.append(f"{when}: {text}" if when else text)
    return lines


def _render_people_list(question: Question, value: Any) -> list[str]:
    lines = []
    for entry in value:
        name = str(entry.get("name") or "").strip()
        detail = str(entry.get("detail") or "").strip()
        lines.append(f"{name} \u2014 {detail}" if name and detail else name or detail)
    return lines


_RENDERERS = {
    AnswerType.TEXT: _render_text,
    AnswerType.NAME: _render_text,
    AnswerType.RECEIPT_NUMBER: _render_text,
    AnswerType.DATE: _render_date,
    AnswerType.NUMBER: _render_number,
    AnswerType.MONEY: _render_money,
    AnswerType.MONEY_LIST: _render_money_list,
    AnswerType.YES_NO: _render_yes_no,
    AnswerType.CHOICE: _render_choice,
    AnswerType.MULTI_CHOICE: _render_multi_choice,
    AnswerType.EVENT_LIST: _render_event_list,
    AnswerType.PEOPLE_LIST: _render_people_list,
}
