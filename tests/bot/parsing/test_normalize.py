from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from bot.parsing.normalize import fold, match_key, split_items, squeeze, strip_bullet


@pytest.mark.parametrize("raw, expected", [
    ("I don't know!", "i dont know"),
    ("¿Sí?", "si"),
    ("#2", "2"),
    ("Dólares  AMERICANOS", "dolares americanos"),
    ("sister-in-law", "sister in law"),
    ("  ", ""),
])
def test_match_key(raw, expected):
    assert match_key(raw) == expected


@pytest.mark.parametrize("raw, expected", [("siii", "si"), ("yesss", "yes"), ("nooo", "no")])
def test_squeeze(raw, expected):
    assert squeeze(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("- surgery", "surgery"), ("• hotel", "hotel"), ("1. flights", "flights"),
    ("2) food", "food"), ("12.03.2024 diagnosed", "12.03.2024 diagnosed"),
])
def test_strip_bullet(raw, expected):
    assert strip_bullet(raw) == expected


def test_split_items_uses_lines_and_semicolons():
    assert split_items("- a; b\n\n  \n2. c ;") == ["a", "b", "c"]


@settings(deadline=None, database=None)
@given(st.text())
def test_fold_keeps_length_so_spans_stay_valid(raw):
    assert len(fold(raw)) == len(raw)
