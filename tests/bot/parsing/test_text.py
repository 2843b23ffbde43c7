from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from bot.parsing.errors import ParseError
from bot.parsing.text import MAX_ANSWER_CHARS, clean_text, parse_name, parse_text

PROPERTY = settings(deadline=None, max_examples=300, database=None)


@pytest.mark.parametrize("raw, expected", [
    ("  hello  ", "hello"),
    ("a   b\t\tc", "a b c"),
    ("line one\r\nline two", "line one\nline two"),
    ("one\n\n\n\n\ntwo", "one\n\ntwo"),
    ("  one  \n  two  ", "one\ntwo"),
    ("Jose\u0301", "José"),                        # NFC
    ("a\u0000b\u0007c", "abc"),                    # control characters
    ("name\u202e\u200bhidden", "namehidden"),      # bidi override, zero-width space
    ("\ufeffhola", "hola"),                        # byte order mark
    ("non\u00a0breaking", "non breaking"),
    ("para\u2029graph", "para\ngraph"),
    ("<script>alert(1)</script>", "<script>alert(1)</script>"),   # kept verbatim
    ("'; DROP TABLE answers; --", "'; DROP TABLE answers; --"),
    ("ok 👍", "ok 👍"),
    ("خیلی\u200cخوب", "خیلی\u200cخوب"),          # Persian zero-width non-joiner stays
])
def test_clean_text_normalises(raw, expected):
    assert clean_text(raw) == expected


@pytest.mark.parametrize("raw", ["", "   ", "\n\t \r\n", "\u0000\u0001", "\u200b\u202e"])
def test_clean_text_rejects_empty(raw):
    with pytest.raises(ParseError) as error:
        clean_text(raw)
    assert error.value.code == "empty"


@pytest.mark.parametrize("raw", ["👍👍", "!!!", "🙏 ❤️", "...", "¿?"])
def test_clean_text_rejects_symbols_only(raw):
    with pytest.raises(ParseError) as error:
        clean_text(raw)
    assert error.value.code == "no_text"


@pytest.mark.parametrize("raw", ["a" * (MAX_ANSWER_CHARS + 1), "word " * 1000, "x" * 50_000])
def test_clean_text_rejects_too_long(raw):
    with pytest.raises(ParseError) as error:
        clean_text(raw)
    assert error.value.code == "too_long"
    assert error.value.details == {"max": MAX_ANSWER_CHARS}


def test_clean_text_accepts_the_maximum_length_after_cleaning():
    assert len(clean_text("  " + "a" * MAX_ANSWER_CHARS + "  ")) == MAX_ANSWER_CHARS


@pytest.mark.parametrize("value", [None, 42, b"bytes"])
def test_clean_text_rejects_non_strings(value):
    with pytest.raises(ParseError):
        clean_text(value)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_parse_text_keeps_the_answer(lang):
    raw = "  Leukemia, diagnosed\nin Havana "
    assert parse_text(raw, lang) == "Leukemia, diagnosed\nin Havana"


@pytest.mark.parametrize("raw, lang, expected", [
    ("Maria Lopez", "en", "Maria Lopez"),
    ("  José   Pérez-García ", "es", "José Pérez-García"),
    ("María José\nde la Cruz", "es", "María José de la Cruz"),
    ("O'Brien", "en", "O'Brien"),
    ("Олена Шевченко", "en", "Олена Шевченко"),
    ("محمد احمدی", "en", "محمد احمدی"),
    ("Jean-Baptiste St. Fleur", "xx", "Jean-Baptiste St. Fleur"),
])
def test_parse_name_accepts_names(raw, lang, expected):
    assert parse_name(raw, lang) == expected


@pytest.mark.parametrize("raw, code", [
    ("12345", "name_invalid"),
    ("305-555-1234", "name_invalid"),
    ("Maria 2", "name_invalid"),
    ("   ", "empty"),
    ("😀😀", "no_text"),
    ("a" * 201, "too_long"),
])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_parse_name_rejects(raw, code, lang):
    with pytest.raises(ParseError) as error:
        parse_name(raw, lang)
    assert error.value.code == code


@PROPERTY
@given(st.text())
def test_clean_text_returns_clean_text_or_parse_error(raw):
    try:
        cleaned = clean_text(raw)
    except ParseError as error:
        assert error.code in {"empty", "too_long", "no_text"}
        return
    assert 0 < len(cleaned) <= MAX_ANSWER_CHARS
    assert cleaned == cleaned.strip()
    assert cleaned == unicodedata.normalize("NFC", cleaned)
    assert not any(unicodedata.category(c) in ("Cc", "Cs") and c != "\n" for c in cleaned)
    assert any(c.isalnum() for c in cleaned)
    assert clean_text(cleaned) == cleaned          # idempotent


@PROPERTY
@given(st.text(), st.sampled_from(["en", "es", "ht", ""]))
def test_parse_name_returns_a_name_or_parse_error(raw, lang):
    try:
        name = parse_name(raw, lang)
    except ParseError:
        return
    assert 0 < len(name) <= 200
    assert not any(c.isdigit() for c in name) and any(c.isalpha() for c in name)
    assert "\n" not in name
    assert parse_text(raw, lang)  # a valid name is a valid text
