from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from bot.parsing.errors import ParseError
from bot.parsing.numbers import NUMBER_LIMIT, parse_locale_decimal, parse_number
from bot.parsing.vocabulary import vocabulary_for

PROPERTY = settings(deadline=None, max_examples=300, database=None)
NUMBER_TOKENS = ["1", "2", "3.5", "1,500", "1.500", "-4", "two", "dos", "twenty", "y",
                 "and", "one", "uno", "veinte", "none", "ninguno", "kids", "hijos", "or",
                 "o", "99999999999", "٣", "-", ",", "\n"]


@pytest.mark.parametrize("raw, expected", [
    ("3", 3), ("  3  ", 3), ("I have 3 kids", 3), ("3 (three)", 3), ("0", 0),
    ("two", 2), ("Two!", 2), ("twenty", 20), ("twenty-one", 21), ("twenty one", 21),
    ("ninety nine", 99), ("one hundred", 100), ("two hundred and five", 205), ("1,500", 1500), ("1500", 1500),
    ("3.0", 3), ("none", 0), ("nobody", 0), ("zero", 0), ("-3", -3), ("٣", 3),
    ("<b>3</b>", 3),
])
def test_english_numbers(raw, expected):
    assert parse_number(raw, "en") == expected


@pytest.mark.parametrize("raw, expected", [
    ("3", 3), ("tengo 3 hijos", 3), ("dos", 2), ("Dos", 2), ("tres", 3), ("diez", 10),
    ("quince", 15), ("dieciséis", 16), ("dieciseis", 16), ("veinte", 20), ("veintiuno", 21),
    ("veintidós", 22), ("treinta y dos", 32), ("cien", 100), ("1.500", 1500),
    ("ciento cincuenta", 150), ("doscientos treinta y dos", 232),
    ("tengo un hijo", 1), ("ninguno", 0), ("nadie", 0), ("cero", 0),
])
def test_spanish_numbers(raw, expected):
    assert parse_number(raw, "es") == expected


def test_unknown_language_uses_english_words():
    assert parse_number("seven", "de") == 7


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("raw", [
    "2.5", "2,5", "2 or 3", "dos o tres", "3-4", "lots", "muchos", "12/03/2025",
    "<script>alert(x)</script>", "'; DROP TABLE x; --", "skip", "10:30", "abc",
])
def test_not_a_number(raw, lang):
    with pytest.raises(ParseError) as error:
        parse_number(raw, lang)
    assert error.value.code == "number_invalid"


@pytest.mark.parametrize("raw, kwargs, details", [
    ("5", {"min_value": 0, "max_value": 3}, {"min": 0, "max": 3}),
    ("-1", {"min_value": 0, "max_value": 3}, {"min": 0, "max": 3}),
    ("-1", {"min_value": 0}, {"min": 0, "max": None}),
    ("99999999999", {}, {"min": None, "max": NUMBER_LIMIT}),
    ("-99999999999", {}, {"min": -NUMBER_LIMIT, "max": None}),
])
def test_number_range(raw, kwargs, details):
    with pytest.raises(ParseError) as error:
        parse_number(raw, "en", **kwargs)
    assert error.value.code == "number_range"
    assert error.value.details == details


def test_number_range_bounds_are_inclusive():
    assert parse_number("3", "en", min_value=3, max_value=3) == 3
    assert parse_number("tres", "es", min_value=0, max_value=3) == 3


@pytest.mark.parametrize("raw, code", [("", "empty"), ("😀", "no_text"), ("1" * 3000, "too_long")])
def test_cleaning_errors(raw, code):
    with pytest.raises(ParseError) as error:
        parse_number(raw, "es")
    assert error.value.code == code


@pytest.mark.parametrize("token, lang, expected", [
    ("1,500.50", "en", "1500.50"), ("1.500,50", "es", "1500.50"),
    ("1,500.50", "es", "1500.50"),    # US style in Spanish: the other convention
    ("1.500,50", "en", "1500.50"),
    ("1,500", "es", "1500"), ("1.500", "en", "1500"),   # three decimals: grouping
    ("1,5", "en", "1.5"), ("1.5", "es", "1.5"),
    ("20 000", "es", "20000"), ("1'000", "en", "1000"), ("1.500.000", "es", "1500000"),
])
def test_parse_locale_decimal(token, lang, expected):
    assert parse_locale_decimal(token, vocabulary_for(lang)) == Decimal(expected)


@PROPERTY
@given(st.text(), st.sampled_from(["en", "es", "fr"]),
       st.one_of(st.none(), st.integers(-10, 10)), st.one_of(st.none(), st.integers(0, 50)))
def test_random_text_gives_a_number_or_parse_error(raw, lang, low, high):
    try:
        value = parse_number(raw, lang, min_value=low, max_value=high)
    except ParseError:
        return
    assert type(value) is int
    assert -NUMBER_LIMIT <= value <= NUMBER_LIMIT
    assert low is None or value >= low
    assert high is None or value <= high


@PROPERTY
@given(st.lists(st.sampled_from(NUMBER_TOKENS), max_size=6).map(" ".join),
       st.sampled_from(["en", "es"]))
def test_number_like_text_gives_a_number_or_parse_error(raw, lang):
    try:
        value = parse_number(raw, lang)
    except ParseError:
        return
    assert type(value) is int and abs(value) <= NUMBER_LIMIT


@pytest.mark.parametrize("text, lang, expected", [
    ("two thousand", "en", 2000),          # not 2: the multiplier counts
    ("dos mil", "es", 2000),
    ("п'ять", "uk", 5),                     # an apostrophe inside a number word
    ("сто двадцять п'ять", "uk", 125),      # not 120
])
def test_multipliers_and_apostrophes_are_read_whole(text, lang, expected):
    assert parse_number(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("mười lăm", "vi", 15), ("hai mươi lăm", "vi", 25), ("năm mươi", "vi", 50),
    ("hai mươi mốt", "vi", 21),
])
def test_numbers_listed_as_phrases_are_read_whole(text, lang, expected):
    assert parse_number(text, lang) == expected
