from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from bot.parsing.errors import ParseError
from bot.parsing.yes_no import parse_yes_no

PROPERTY = settings(deadline=None, max_examples=300, database=None)


@pytest.mark.parametrize("raw", ["yes", "Yes.", "YES!!!", "yesss", "y", "yeah", "yep", "sure",
                                 "ok", "okay", "correct", "of course", "yes, I have it",
                                 "um, yes please", "👍", "👍🏽", "✅", "yes 👍"])
def test_english_yes(raw):
    assert parse_yes_no(raw, "en") is True


@pytest.mark.parametrize("raw", ["no", "No.", "nope", "n", "nah", "not really", "never",
                                 "of course not", "no, not yet", "👎", "❌"])
def test_english_no(raw):
    assert parse_yes_no(raw, "en") is False


@pytest.mark.parametrize("raw", ["sí", "si", "Sí.", "SI!!!", "siii", "¡Sí!", "claro",
                                 "claro que sí", "correcto", "de acuerdo", "vale", "ok",
                                 "sí tengo pasaporte", "si por favor", "👍", "yes"])
def test_spanish_yes(raw):
    assert parse_yes_no(raw, "es") is True


@pytest.mark.parametrize("raw", ["no", "No.", "nooo", "nunca", "para nada", "claro que no",
                                 "no, todavía no", "n", "👎", "no thanks"])
def test_spanish_no(raw):
    assert parse_yes_no(raw, "es") is False


def test_unknown_language_uses_english():
    assert parse_yes_no("yes", "ht") is True
    assert parse_yes_no("nope", "ht") is False


@pytest.mark.parametrize("raw, lang", [
    ("1", "en"), ("2", "es"),                       # numbers belong to the choice list
    ("maybe", "en"), ("quizás", "es"), ("tal vez", "es"),
    ("yes and no", "en"), ("sí, no", "es"), ("no yes", "en"),
    ("not sure", "en"), ("I don't know", "en"), ("no sé", "es"), ("no se", "es"),
    ("no sé si tengo", "es"), ("skip", "en"), ("saltar", "es"),
    ("👍👎", "en"), ("ok 👎", "en"),
    ("<script>alert('yes')</script>", "en"), ("'; DROP TABLE answers; --", "en"),
    ("the doctor", "en"),
])
def test_unknown_answers(raw, lang):
    with pytest.raises(ParseError) as error:
        parse_yes_no(raw, lang)
    assert error.value.code == "yes_no_unknown"


@pytest.mark.parametrize("raw, code", [("", "empty"), ("  ", "empty"), ("🙂", "no_text"),
                                       ("yes " * 1000, "too_long")])
def test_cleaning_errors(raw, code):
    with pytest.raises(ParseError) as error:
        parse_yes_no(raw, "en")
    assert error.value.code == code


@PROPERTY
@given(st.text(), st.sampled_from(["en", "es", "ht"]))
def test_random_text_gives_a_bool_or_parse_error(raw, lang):
    try:
        value = parse_yes_no(raw, lang)
    except ParseError:
        return
    assert isinstance(value, bool)


@PROPERTY
@given(st.lists(st.sampled_from(["yes", "no", "sí", "si", "not", "sure", "se", "and", "y",
                                 "👍", "👎", "ok", "!", "1", "claro", "nunca"]),
                min_size=1, max_size=5).map(" ".join),
       st.sampled_from(["en", "es"]))
def test_yes_no_like_text_gives_a_bool_or_parse_error(raw, lang):
    try:
        value = parse_yes_no(raw, lang)
    except ParseError as error:
        assert error.code in {"yes_no_unknown", "no_text", "empty"}
        return
    assert isinstance(value, bool)


@pytest.mark.parametrize("text, lang", [
    ("так і ні", "uk"), ("sim e não", "pt_BR"), ("oui et non", "fr"), ("yes and no", "en"),
])
def test_yes_and_no_together_is_no_answer_in_any_language(text, lang):
    with pytest.raises(ParseError):
        parse_yes_no(text, lang)


def test_vietnamese_k_is_no():
    """Texting shorthand differs: "k" is "không" in Vietnamese, "ok" in English."""
    assert parse_yes_no("k", "vi") is False
    assert parse_yes_no("k", "en") is True
