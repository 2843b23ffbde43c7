"""Every language table must be complete: a missing word list would silently make
a parser English-only for that language."""
from __future__ import annotations

import dataclasses

import pytest

from bot.parsing.normalize import match_key
from bot.parsing.vocabulary import (FALLBACK_LANGUAGE, Vocabulary, base_language,
                                    supported_languages, vocabulary_for,
                                    with_english_fallback)

OPTIONAL_FIELDS = {"ambiguous_month_words", "month_words"}


@pytest.mark.parametrize("lang", supported_languages())
def test_every_table_is_complete(lang):
    table = vocabulary_for(lang)
    assert table.language == lang
    for field in dataclasses.fields(Vocabulary):
        if field.name not in OPTIONAL_FIELDS:
            assert getattr(table, field.name), f"{lang}: {field.name} is empty"
    assert set(table.control_words) == {"skip", "dont_know", "tell_lawyer"}
    assert table.date_order in {"MDY", "DMY", "YMD"}


@pytest.mark.parametrize("lang", supported_languages())
def test_tables_hold_matching_keys(lang):
    table = vocabulary_for(lang)
    for words in (table.yes, table.no, *table.control_words.values()):
        assert all(word == match_key(word) for word in words)


@pytest.mark.parametrize("lang", supported_languages())
def test_numbers_cover_zero_to_twenty(lang):
    assert set(range(21)) <= set(vocabulary_for(lang).numbers.values())


@pytest.mark.parametrize("lang", supported_languages())
def test_yes_and_no_do_not_overlap(lang):
    table = vocabulary_for(lang)
    assert not table.yes & table.no


@pytest.mark.parametrize("lang", supported_languages())
def test_digits_are_not_yes_or_no(lang):
    table = vocabulary_for(lang)
    assert not {"1", "2"} & (table.yes | table.no)


@pytest.mark.parametrize("raw, expected", [
    ("en", "en"), ("es", "es"), ("es-MX", "es"), ("es_419", "es"), ("ES", "es"),
    ("de", FALLBACK_LANGUAGE), ("", FALLBACK_LANGUAGE), (None, FALLBACK_LANGUAGE),
    (42, FALLBACK_LANGUAGE),
])
def test_base_language(raw, expected):
    assert base_language(raw) == expected


def test_english_fallback_order():
    assert [t.language for t in with_english_fallback("es")] == ["es", "en"]
    assert [t.language for t in with_english_fallback("en")] == ["en"]
    assert [t.language for t in with_english_fallback("de")] == ["en"]
