from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import given, settings, strategies as st

from bot.parsing.dates import extract_date, parse_date
from bot.parsing.errors import ParseError

TODAY = datetime.date(2025, 6, 15)
PROPERTY = settings(deadline=None, max_examples=150, database=None)
DATE_TOKENS = ["12/03/2025", "2025-03-12", "03/2024", "2024", "1", "31", "may", "mayo",
               "March", "marzo", "de", "del", "el", "in", "hace", "dos", "two", "weeks",
               "semanas", "ago", "ayer", "yesterday", "tomorrow", "mañana", "next", "last",
               "skip", "no sé", "10:30", "1850", "9999", "-", ":", ",", "diagnosed",
               "empeoró", "\n", ";", "👍", "<b>", "0/0/0"]


@pytest.mark.parametrize("raw, expected", [
    ("03/12/2025", "2025-03-12"),          # US order
    ("3/12/25", "2025-03-12"),
    ("2025-03-12", "2025-03-12"),
    ("March 12, 2025", "2025-03-12"),
    ("12 March 2024", "2024-03-12"),
    ("May 5th, 2024", "2024-05-05"),
    ("yesterday", "2025-06-14"),
    ("today", "2025-06-15"),
    ("two weeks ago", "2025-06-01"),
    ("2 weeks ago", "2025-06-01"),
    ("a week ago", "2025-06-08"),
    ("3 days ago", "2025-06-12"),
    ("last month", "2025-05-15"),
    ("last year", "2024-06-15"),
    ("March 2024", "2024-03-01"),          # a month is its first day
    ("in March 2024", "2024-03-01"),
    ("I think around March 2024", "2024-03-01"),
    ("2024", "2024-01-01"),                # a year alone is January 1
    ("in 2023", "2023-01-01"),
    ("may", "2025-05-01"),                 # the whole answer: the month
    ("around may", "2025-05-01"),
    ("  March   2024!! ", "2024-03-01"),
])
def test_english_dates(raw, expected):
    assert parse_date(raw, "en", today=TODAY) == expected


@pytest.mark.parametrize("raw, expected", [
    ("12/03/2025", "2025-03-12"),          # day first
    ("12-03-2025", "2025-03-12"),
    ("12.03.2025", "2025-03-12"),
    ("2025-03-12", "2025-03-12"),          # ISO stays ISO (dateparser alone gets it wrong)
    ("hace dos semanas", "2025-06-01"),    # number word (dateparser alone fails)
    ("hace 2 semanas", "2025-06-01"),
    ("hace tres días", "2025-06-12"),
    ("hace tres dias", "2025-06-12"),
    ("hace un mes", "2025-05-15"),
    ("hace un año", "2024-06-15"),
    ("hace veintiún días", "2025-05-25"),
    ("ayer", "2025-06-14"),
    ("anteayer", "2025-06-13"),
    ("hoy", "2025-06-15"),
    ("en marzo de 2024", "2024-03-01"),
    ("marzo 2024", "2024-03-01"),
    ("el 12 de marzo de 2024", "2024-03-12"),
    ("3 de julio del 2023", "2023-07-03"),
    ("creo que en mayo", "2025-05-01"),
    ("March 2024", "2024-03-01"),          # English month names work in any language
    ("en 2023", "2023-01-01"),
])
def test_spanish_dates(raw, expected):
    assert parse_date(raw, "es", today=TODAY) == expected


def test_date_order_follows_the_language():
    assert parse_date("03/12/2025", "en", today=TODAY) == "2025-03-12"
    assert parse_date("03/12/2025", "es", today=TODAY) == "2025-12-03"
    assert parse_date("03/12/2025", "es-MX", today=TODAY) == "2025-12-03"
    assert parse_date("03/12/2025", "ht", today=TODAY) == "2025-12-03"   # day first in Haiti
    assert parse_date("03/12/2025", "de", today=TODAY) == "2025-03-12"   # English fallback


def test_relative_dates_count_from_today():
    assert parse_date("yesterday", "en", today=datetime.date(2020, 1, 1)) == "2019-12-31"
    assert parse_date("hace 2 semanas", "es", today=datetime.date(2020, 3, 1)) == "2020-02-16"


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("raw", [
    "1", "5", "12", "31", "123", "20250312", "1700000000",   # bare numbers are not dates
    "skip", "saltar", "no sé", "idk", "next", "paso",       # control words are not dates
    "10:30", "32/13/2025", "0/0/0", "99/99/9999",
    "March 2024 or April 2024",                              # two dates
    "the doctor may call", "fui al mar",                     # "may" and "mar" in a sentence
    "<script>alert(1)</script>", "'; DROP TABLE answers; --", "diagnosed",
    "a", "de", "in",
])
def test_not_a_date(raw, lang):
    with pytest.raises(ParseError) as error:
        parse_date(raw, lang, today=TODAY)
    assert error.value.code == "date_invalid"


@pytest.mark.parametrize("raw, lang", [("2/30/2024", "en"), ("30/02/2024", "es"),
                                       ("2023-02-29", "en"), ("2025-13-01", "es")])
def test_impossible_dates(raw, lang):
    with pytest.raises(ParseError) as error:
        parse_date(raw, lang, today=TODAY)
    assert error.value.code == "date_invalid"


@pytest.mark.parametrize("raw, lang", [("1850", "en"), ("1850-01-01", "es"),
                                       ("March 1850", "en"), ("12/03/1899", "es")])
def test_dates_before_1900(raw, lang):
    with pytest.raises(ParseError) as error:
        parse_date(raw, lang, today=TODAY)
    assert error.value.code == "date_too_old"


@pytest.mark.parametrize("raw, lang, expected", [
    ("tomorrow", "en", "2025-06-16"), ("next week", "en", "2025-06-22"),
    ("2030-01-01", "en", "2030-01-01"), ("mañana", "es", "2025-06-16"),
    ("12/08/2025", "es", "2025-08-12"),
])
def test_future_dates(raw, lang, expected):
    assert parse_date(raw, lang, today=TODAY, allow_future=True) == expected
    with pytest.raises(ParseError) as error:
        parse_date(raw, lang, today=TODAY, allow_future=False)
    assert error.value.code == "date_future"


def test_today_is_not_the_future():
    assert parse_date("today", "en", today=TODAY, allow_future=False) == "2025-06-15"


def test_past_only_questions_read_month_names_as_past():
    assert parse_date("December", "en", today=TODAY, allow_future=False) == "2024-12-01"
    assert parse_date("December", "en", today=TODAY, allow_future=True) == "2025-12-01"


def test_absurdly_far_future():
    with pytest.raises(ParseError) as error:
        parse_date("3000-01-01", "en", today=TODAY)
    assert error.value.code == "date_invalid"


@pytest.mark.parametrize("raw, code", [("", "empty"), ("   ", "empty"), ("👍", "no_text"),
                                       ("1" * 5000, "too_long")])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_cleaning_errors(raw, code, lang):
    with pytest.raises(ParseError) as error:
        parse_date(raw, lang, today=TODAY)
    assert error.value.code == code


@pytest.mark.parametrize("line, lang, expected", [
    ("12/03/2024 diagnosed with leukemia", "en", ("2024-12-03", "diagnosed with leukemia")),
    ("12/03/2024 diagnóstico de leucemia", "es", ("2024-03-12", "diagnóstico de leucemia")),
    ("March 2024: first chemo", "en", ("2024-03-01", "first chemo")),
    ("marzo de 2024 - primera quimio", "es", ("2024-03-01", "primera quimio")),
    ("hace 2 semanas empeoró", "es", ("2025-06-01", "empeoró")),
    ("hace dos semanas empeoró", "es", ("2025-06-01", "empeoró")),
    ("empeoró hace una semana", "es", ("2025-06-08", "empeoró")),
    ("surgery on May 5, 2024", "en", ("2024-05-05", "surgery")),
    ("diagnosed in march 2024 at the hospital", "en", ("2024-03-01", "diagnosed at the hospital")),
    ("2023 moved to the capital", "en", ("2023-01-01", "moved to the capital")),
    ("in may first chemo", "en", ("2025-05-01", "first chemo")),
    ("12/03/2024", "en", ("2024-12-03", "")),
])
def test_extract_date(line, lang, expected):
    date, rest = extract_date(line, lang, today=TODAY)
    assert (date.isoformat(), rest) == expected


@pytest.mark.parametrize("line, lang", [("first chemo", "en"), ("the doctor may call", "en"),
                                        ("primera quimio", "es"), ("fui al mar", "es"),
                                        ("3 kids", "en")])
def test_extract_date_without_a_date(line, lang):
    assert extract_date(line, lang, today=TODAY) is None


def _assert_date_shape(value: str, allow_future: bool) -> None:
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
    date = datetime.date.fromisoformat(value)
    assert date.year >= 1900
    if not allow_future:
        assert date <= TODAY


@PROPERTY
@given(st.text(), st.sampled_from(["en", "es", "ht"]), st.booleans())
def test_random_text_gives_a_date_or_parse_error(raw, lang, allow_future):
    try:
        value = parse_date(raw, lang, today=TODAY, allow_future=allow_future)
    except ParseError:
        return
    _assert_date_shape(value, allow_future)


@PROPERTY
@given(st.lists(st.sampled_from(DATE_TOKENS), max_size=7).map(" ".join),
       st.sampled_from(["en", "es"]), st.booleans())
def test_date_like_text_gives_a_date_or_parse_error(raw, lang, allow_future):
    try:
        value = parse_date(raw, lang, today=TODAY, allow_future=allow_future)
    except ParseError:
        return
    _assert_date_shape(value, allow_future)


@pytest.mark.parametrize("text, lang, expected", [
    ("3/2024", "es", "2024-03-01"),        # month and year, not day 3 of this month
    ("03.2024", "uk", "2024-03-01"),
    ("15 dez 2024", "pt_BR", "2024-12-15"),  # "dez" is December here, not the number ten
    ("١٢/٠٣/٢٠٢٤", "ar", "2024-03-12"),     # Arabic-Indic digits
    ("۱۲/۰۳/۲۰۲۴", "fa_AF", "2024-03-12"),   # Persian digits
])
def test_month_year_month_names_and_other_digits(text, lang, expected):
    assert parse_date(text, lang, today=TODAY) == expected


@pytest.mark.parametrize("text, lang", [
    ("year", "en"), ("قبل سنة", "ar"), ("рік", "uk"), ("ano", "pt_BR"),
])
def test_a_bare_time_unit_is_not_the_first_of_this_month(text, lang):
    """dateparser reads "year" as the 1st of this month; "a year ago" must not become it."""
    with pytest.raises(ParseError):
        parse_date(text, lang, today=TODAY)


@pytest.mark.parametrize("text, expected", [
    ("تشرين الأول 2023", "2023-10-01"), ("12 كانون الثاني 2024", "2024-01-12"),
    ("3 آذار 2024", "2024-03-03"),
])
def test_levantine_month_names_of_two_words(text, expected):
    assert parse_date(text, "ar", today=TODAY) == expected
