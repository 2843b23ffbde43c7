from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from bot.parsing.control_words import CONTROL_KEYS, match_control_word


@pytest.mark.parametrize("raw, lang, expected", [
    ("skip", "en", "skip"), ("Skip!", "en", "skip"), ("sk1p", "en", "skip"),
    ("skip this", "en", "skip"), ("skip this please", "en", "skip"), ("pass", "en", "skip"),
    ("passs", "en", "skip"), ("next", "en", "skip"), ("next question", "en", "skip"),
    ("saltar", "es", "skip"), ("omitir", "es", "skip"), ("paso", "es", "skip"),
    ("siguiente", "es", "skip"), ("Siguiente, por favor", "es", "skip"),
    ("I don't know", "en", "dont_know"), ("i dont know", "en", "dont_know"),
    ("IDK", "en", "dont_know"), ("dunno", "en", "dont_know"), ("not sure", "en", "dont_know"),
    ("no idea", "en", "dont_know"), ("🤷", "en", "dont_know"), ("🤷‍♀️", "es", "dont_know"),
    ("No sé", "es", "dont_know"), ("no se", "es", "dont_know"), ("nose", "es", "dont_know"),
    ("ni idea", "es", "dont_know"), ("no lo sé", "es", "dont_know"),
    ("No estoy segura", "es", "dont_know"),
    ("I'd rather tell the lawyer", "en", "tell_lawyer"),
    ("I’d rather tell the lawyer directly", "en", "tell_lawyer"),
    ("tell the lawyer", "en", "tell_lawyer"), ("lawyer", "en", "tell_lawyer"),
    ("prefiero decírselo al abogado", "es", "tell_lawyer"),
    ("Prefiero decirselo al abogado", "es", "tell_lawyer"),
    ("al abogado", "es", "tell_lawyer"), ("abogado", "es", "tell_lawyer"),
    ("skip", "es", "skip"),                 # English works in every language
    ("idk", "es-MX", "dont_know"), ("skip", "ht", "skip"),
])
def test_control_words(raw, lang, expected):
    assert match_control_word(raw, lang) == expected


@pytest.mark.parametrize("raw, lang", [
    ("March 2024", "en"), ("no", "es"), ("yes", "en"), ("ok", "en"), ("2", "en"),
    ("I don't know the exact date, March 2024", "en"),
    ("no sé la fecha exacta, marzo 2024", "es"), ("my lawyer is Ana Ruiz", "en"),
    ("skipping meals", "en"), ("", "en"), ("   ", "es"), ("👍", "en"),
    ("skip " * 100, "en"),
])
def test_not_control_words(raw, lang):
    assert match_control_word(raw, lang) is None


@pytest.mark.parametrize("value", [None, 42, b"skip"])
def test_non_text_is_not_a_control_word(value):
    assert match_control_word(value, "en") is None


@settings(deadline=None, max_examples=300, database=None)
@given(st.text(), st.one_of(st.sampled_from(["en", "es", "ht", ""]), st.text(max_size=5)))
def test_random_text_gives_a_control_key_or_none(raw, lang):
    assert match_control_word(raw, lang) in (None, *CONTROL_KEYS)
