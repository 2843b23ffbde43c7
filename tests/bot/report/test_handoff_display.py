"""display: English renderings of typed values for staff."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from bot.interview.model import AnswerType, Choice, Question
from bot.report.display import display_value, format_money, format_timestamp, json_value


def q(answer_type: AnswerType, **extra) -> Question:
    return Question("q", "s", answer_type, "Prompt?", "", **extra)


@pytest.mark.parametrize("amount,currency,shown", [
    ("1500.50", "USD", "1,500.50 USD"),
    ("1500", "USD", "1,500.00 USD"),
    ("1500", "JPY", "1,500 JPY"),           # currency without decimals
    ("12.345", "USD", "12.345 USD"),        # never rounds away what was given
    ("2500000", "mxn", "2,500,000.00 MXN"),
    (Decimal("0.5"), "EUR", "0.50 EUR"),
])
def test_money(amount, currency, shown):
    assert format_money(amount, currency) == shown


@pytest.mark.parametrize("answer_type,extra,value,shown", [
    (AnswerType.TEXT, {}, "dolor de cabeza", "dolor de cabeza"),
    (AnswerType.NAME, {}, "José", "José"),
    (AnswerType.RECEIPT_NUMBER, {}, "IOE0912345678", "IOE0912345678"),
    (AnswerType.DATE, {}, "2025-01-05", "2025-01-05"),
    (AnswerType.DATE, {}, dt.date(2025, 1, 5), "2025-01-05"),
    (AnswerType.NUMBER, {}, 12000, "12,000"),
    (AnswerType.MONEY, {}, {"amount": "99.9", "currency": "USD"}, "99.90 USD"),
    (AnswerType.YES_NO, {}, True, "Yes"),
    (AnswerType.YES_NO, {}, False, "No"),
    (AnswerType.CHOICE, {"choices": (Choice("a", "Apple"),)}, "a", "Apple"),
    (AnswerType.CHOICE, {"choices": (Choice("a", "Apple"),)}, "zz", "zz"),
    (AnswerType.MULTI_CHOICE, {"choices": (Choice("a", "Apple"), Choice("b", "Bean"))},
     ["b", "a"], ["Bean", "Apple"]),
    (AnswerType.MULTI_CHOICE, {}, [], []),
    (AnswerType.MONEY_LIST, {}, [{"label": "Hotel", "amount": "40", "currency": "USD"},
                                 {"label": "", "amount": "5", "currency": "EUR"}],
     ["Hotel: 40.00 USD", "5.00 EUR"]),
    (AnswerType.EVENT_LIST, {}, [{"date": "2024-02-03", "text": "biopsy"},
                                 {"date": None, "text": "worse"}],
     ["2024-02-03: biopsy", "worse"]),
    (AnswerType.PEOPLE_LIST, {}, [{"name": "Ana", "detail": "sister"},
                                  {"name": "", "detail": "a neighbour"}],
     ["Ana \u2014 sister", "a neighbour"]),
])
def test_display_by_type(answer_type, extra, value, shown):
    assert display_value(q(answer_type, **extra), value) == shown


def test_no_value_no_display():
    assert display_value(q(AnswerType.TEXT), None) is None


@pytest.mark.parametrize("answer_type,value,shown", [
    (AnswerType.DATE, "last Tuesday", "last Tuesday"),
    (AnswerType.MONEY, {"amount": "a lot", "currency": "USD"},
     '{"amount": "a lot", "currency": "USD"}'),
    (AnswerType.YES_NO, "maybe", "maybe"),
    (AnswerType.NUMBER, True, "true"),
    (AnswerType.MULTI_CHOICE, "a", "a"),
])
def test_malformed_values_are_shown_not_dropped(answer_type, value, shown):
    assert display_value(q(answer_type), value) == shown


def test_unknown_question_shows_plain_text():
    assert display_value(None, "hola") == "hola"
    assert display_value(None, [1, "dos"]) == '[1, "dos"]'


def test_json_value_makes_native_json():
    assert json_value({"d": dt.date(2025, 1, 2), "n": Decimal("1.50"), "t": (1, 2)}) == {
        "d": "2025-01-02", "n": "1.50", "t": [1, 2]}


def test_format_timestamp():
    assert format_timestamp(None) is None
    assert format_timestamp(dt.datetime(2025, 1, 2, 3, 4, 5, 678)) == "2025-01-02T03:04:05Z"
    plus_two = dt.timezone(dt.timedelta(hours=2))
    assert format_timestamp(dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=plus_two)) == \
        "2025-01-02T01:04:05Z"
