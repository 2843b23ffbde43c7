from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from bot.channels.segments import MAX_BODY_CHARS, is_gsm7, segment_count, split_message


def test_gsm7_covers_plain_spanish_but_not_every_accent_or_emoji():
    assert is_gsm7("Hola, ¿cómo está? ñ ü é")  is False   # "ó" is not in GSM-7
    assert is_gsm7("Hola, ¿como esta? ñ ü é")
    assert is_gsm7("Price: 10€ [ok]")                     # extension table
    assert not is_gsm7("Thanks 🙏")


@pytest.mark.parametrize("text, segments", [
    ("", 0),
    ("a" * 160, 1),
    ("a" * 161, 2),
    ("a" * 306, 2),
    ("a" * 307, 3),
    ("€" * 80, 1),        # 160 septets
    ("€" * 81, 2),        # extension characters take two septets
    ("ó" * 70, 1),
    ("ó" * 71, 2),
    ("ó" * 134, 2),
    ("ó" * 135, 3),
    ("🙏" * 35, 1),       # emoji take two UCS-2 units
    ("🙏" * 36, 2),
])
def test_segment_count(text, segments):
    assert segment_count(text) == segments


def test_short_text_is_one_part():
    assert split_message("  Hello.  ") == ["Hello."]
    assert split_message("   ") == []


def test_long_text_splits_at_sentence_ends_within_the_limit():
    sentence = "This is one sentence of the answer. "
    parts = split_message(sentence * 100, 200)
    assert all(len(part) <= 200 for part in parts)
    assert all(part.endswith(".") for part in parts)
    assert " ".join(parts) == (sentence * 100).strip()


def test_lines_are_boundaries_too_and_are_kept_inside_a_part():
    text = "Question?\n1. Yes\n2. No"
    assert split_message(text) == [text]
    parts = split_message("A" * 10 + "\n" + "B" * 10, 12)
    assert parts == ["A" * 10, "B" * 10]


def test_a_sentence_longer_than_the_limit_is_cut_at_spaces_then_mid_word():
    assert split_message("word " * 10, 12) == ["word word", "word word", "word word",
                                               "word word", "word word"]
    assert split_message("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]


def test_default_limit_is_twilios_1600():
    parts = split_message("Sentence number one. " * 300)
    assert len(parts) > 1 and all(len(part) <= MAX_BODY_CHARS for part in parts)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=800),
       st.integers(min_value=1, max_value=200))
def test_split_never_exceeds_the_limit_and_keeps_every_non_space_character(text, limit):
    parts = split_message(text, limit)
    assert all(0 < len(part) <= limit for part in parts)
    assert "".join("".join(parts).split()) == "".join(text.split())
