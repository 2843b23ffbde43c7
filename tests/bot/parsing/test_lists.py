from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import given, settings, strategies as st

from bot.parsing.errors import ParseError
from bot.parsing.lists import parse_event_list, parse_people_list

TODAY = datetime.date(2025, 6, 15)
PROPERTY = settings(deadline=None, max_examples=100, database=None)


@pytest.mark.parametrize("raw, lang, expected", [
    ("12/03/2024 diagnosed with leukemia\nMarch 2024: first chemo\nlast week got worse", "en", [
        {"date": "2024-12-03", "text": "diagnosed with leukemia"},
        {"date": "2024-03-01", "text": "first chemo"},
        {"date": "2025-06-08", "text": "got worse"}]),
    ("12/03/2024 diagnóstico; marzo de 2024: primera quimio\n- hace 2 semanas empeoró", "es", [
        {"date": "2024-03-12", "text": "diagnóstico"},
        {"date": "2024-03-01", "text": "primera quimio"},
        {"date": "2025-06-01", "text": "empeoró"}]),
    ("hace dos semanas empeoró\nempeoró otra vez hace 3 días", "es", [
        {"date": "2025-06-01", "text": "empeoró"},
        {"date": "2025-06-12", "text": "empeoró otra vez"}]),
    ("next month: travel to Houston\n2023 - moved to the capital", "en", [   # future allowed
        {"date": "2025-07-15", "text": "travel to Houston"},
        {"date": "2023-01-01", "text": "moved to the capital"}]),
    ("1. 12/03/2024 diagnosed\n2. 15/03/2024 biopsy", "es", [
        {"date": "2024-03-12", "text": "diagnosed"},
        {"date": "2024-03-15", "text": "biopsy"}]),
    ("12/03/2024", "en", [{"date": "2024-12-03", "text": ""}]),
])
def test_event_list(raw, lang, expected):
    assert parse_event_list(raw, lang, today=TODAY) == expected


@pytest.mark.parametrize("raw, lang, item, reason", [
    ("12/03/2024 diagnosed\nfirst chemo", "en", 2, "date_invalid"),
    ("diagnosed", "es", 1, "date_invalid"),
    ("1 diagnosed", "en", 1, "date_invalid"),               # a bare number is not a date
    ("skip", "en", 1, "date_invalid"),
    ("1850 born\n2024 diagnosed", "en", 1, "date_too_old"),
    ("2/30/2024 surgery", "en", 1, "date_invalid"),
])
def test_event_list_item_errors(raw, lang, item, reason):
    with pytest.raises(ParseError) as error:
        parse_event_list(raw, lang, today=TODAY)
    assert error.value.code == "list_item_invalid"
    assert error.value.details == {"item": item, "reason": reason}


@pytest.mark.parametrize("raw, code", [("", "empty"), ("\n;\n", "no_text"), ("👍", "no_text")])
def test_event_list_empty(raw, code):
    with pytest.raises(ParseError) as error:
        parse_event_list(raw, "en", today=TODAY)
    assert error.value.code == code


@pytest.mark.parametrize("raw, lang, expected", [
    ("Maria Lopez, sister, lives in Miami, US citizen", "en", [
        {"name": "Maria Lopez", "detail": "sister, lives in Miami, US citizen"}]),
    ("Juan Pérez - hermano; Ana (madre)\nPedro: primo", "es", [
        {"name": "Juan Pérez", "detail": "hermano"},
        {"name": "Ana", "detail": "madre"},
        {"name": "Pedro", "detail": "primo"}]),
    ("- Jean-Pierre Louis\n- Marie St. Fleur, aunt", "en", [
        {"name": "Jean-Pierre Louis", "detail": ""},
        {"name": "Marie St. Fleur", "detail": "aunt"}]),
    ("Rosa Díaz 305-555-1234", "es", [{"name": "Rosa Díaz", "detail": "305-555-1234"}]),
])
def test_people_list(raw, lang, expected):
    assert parse_people_list(raw, lang) == expected


@pytest.mark.parametrize("raw, item, reason", [
    ("Maria\n12345", 2, "name_invalid"),
    (", sister", 1, "name_invalid"),
    ("Maria\n" + "A" * 250 + ", brother", 2, "too_long"),
])
def test_people_list_item_errors(raw, item, reason):
    with pytest.raises(ParseError) as error:
        parse_people_list(raw, "en")
    assert error.value.code == "list_item_invalid"
    assert error.value.details == {"item": item, "reason": reason}


def test_people_list_empty():
    with pytest.raises(ParseError) as error:
        parse_people_list("   ", "es")
    assert error.value.code == "empty"


_EVENT_TOKENS = ["12/03/2024", "2024", "1", "March", "marzo", "hace", "2", "dos", "semanas",
                 "ago", "weeks", "diagnosed", "empeoró", ":", "-", "\n", ";", "may", "skip"]


@PROPERTY
@given(st.one_of(st.text(max_size=200), st.lists(st.sampled_from(_EVENT_TOKENS), max_size=10)
                 .map(" ".join)),
       st.sampled_from(["en", "es"]))
def test_random_text_gives_events_or_parse_error(raw, lang):
    try:
        events = parse_event_list(raw, lang, today=TODAY)
    except ParseError:
        return
    assert events
    for event in events:
        assert set(event) == {"date", "text"}
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", event["date"])
        assert datetime.date.fromisoformat(event["date"]).year >= 1900
        assert isinstance(event["text"], str)


@PROPERTY
@given(st.text(), st.sampled_from(["en", "es", "ht"]))
def test_random_text_gives_people_or_parse_error(raw, lang):
    try:
        people = parse_people_list(raw, lang)
    except ParseError:
        return
    assert people
    for person in people:
        assert set(person) == {"name", "detail"}
        assert person["name"] and not any(c.isdigit() for c in person["name"])
        assert isinstance(person["detail"], str)


@pytest.mark.parametrize("text, lang, expected", [
    ("王芳，姐姐，住在纽约", "zh_Hans", {"name": "王芳", "detail": "姐姐，住在纽约"}),
    ("شبنم، خور", "ps", {"name": "شبنم", "detail": "خور"}),
    ("فاطمة الحسن، أخت", "ar", {"name": "فاطمة الحسن", "detail": "أخت"}),
])
def test_people_lists_use_the_commas_of_each_script(text, lang, expected):
    assert parse_people_list(text, lang) == [expected]
