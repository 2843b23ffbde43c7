"""Typed answer values shown as words, in the reader's language.

Used for the applicant's read-back (their language) and the staff report
(English), so a value reads the same way wherever it is shown.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from bot.i18n.catalog import gettext_for
from bot.i18n.languages import babel_locale
from bot.interview.model import AnswerType, Question
from bot.nlg.messages import MESSAGES

ITEM_SEPARATOR = "; "


def _date(value: str, locale: str) -> str:
    try:
        return format_date(dt.date.fromisoformat(value), format="long", locale=locale)
    except (TypeError, ValueError):
        return str(value)


def _money(item: dict, locale: str) -> str:
    try:
        amount = Decimal(str(item.get("amount")))
    except (InvalidOperation, TypeError):
        return str(item.get("amount", ""))
    currency = item.get("currency") or ""
    if not currency:
        return format_decimal(amount, locale=locale)
    return format_currency(amount, currency, locale=locale)


def display_value(question: Question, value: Any, lang: str) -> str:
    """Return ``value`` (typed as ``question.type`` says) as readable text."""
    if value is None:
        return ""
    locale = babel_locale(lang)
    _ = gettext_for(lang)
    kind = question.type
    if kind is AnswerType.DATE:
        return _date(value, locale)
    if kind is AnswerType.NUMBER:
        return format_decimal(value, locale=locale)
    if kind is AnswerType.MONEY:
        return _money(value, locale)
    if kind is AnswerType.MONEY_LIST:
        return ITEM_SEPARATOR.join(
            f"{item['label']}: {_money(item, locale)}" if item.get("label") else _money(item, locale)
            for item in value)
    if kind is AnswerType.YES_NO:
        return _(MESSAGES["yes"]) if value else _(MESSAGES["no"])
    if kind in (AnswerType.CHOICE, AnswerType.MULTI_CHOICE):
        labels = {choice.key: _(choice.label) for choice in question.choices}
        keys = value if isinstance(value, list) else [value]
        return ", ".join(labels.get(key, key) for key in keys)
    if kind is AnswerType.EVENT_LIST:
        return ITEM_SEPARATOR.join(f"{_date(item['date'], locale)}: {item['text']}" for item in value)
    if kind is AnswerType.PEOPLE_LIST:
        return ITEM_SEPARATOR.join(
            f"{item['name']} ({item['detail']})" if item.get("detail") else item["name"]
            for item in value)
    return str(value)
