from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from bot.parsing.errors import ParseError
from bot.parsing.receipt import parse_receipt_number


@pytest.mark.parametrize("raw, expected", [
    ("IOE0912345678", "IOE0912345678"),
    ("EAC2190012345", "EAC2190012345"),
    ("ioe0912345678", "IOE0912345678"),
    ("IOE 091 234 5678", "IOE0912345678"),
    ("EAC-219-001-2345", "EAC2190012345"),
    ("WAC.21.900.12345", "WAC2190012345"),
    ("my receipt is EAC2190012345.", "EAC2190012345"),
    ("Receipt #: LIN2190012345", "LIN2190012345"),
    ("I0E0912345678", "IOE0912345678"),      # zero typed for the letter O
    ("EAC2190012345 (EAC2190012345)", "EAC2190012345"),
])
def test_receipt_numbers(raw, expected):
    assert parse_receipt_number(raw) == expected


@pytest.mark.parametrize("raw", [
    "", "   ", "IOE091234567", "IOE09123456789", "IO0912345678", "1234567890123",
    "EAC2190012345 and WAC2190012345", "skip", "no sé", "<script>IOE</script>",
    "XIOE0912345678", "IOE0912345678" + " x" * 200,
])
def test_invalid_receipt_numbers(raw):
    with pytest.raises(ParseError) as error:
        parse_receipt_number(raw)
    assert error.value.code == "receipt_invalid"


@settings(deadline=None, max_examples=300, database=None)
@given(st.one_of(st.text(), st.from_regex(r"[A-Za-z0 ]{3}[ \-]?[0-9 \-]{9,14}", fullmatch=True)))
def test_random_text_gives_a_receipt_or_parse_error(raw):
    try:
        value = parse_receipt_number(raw)
    except ParseError as error:
        assert error.code == "receipt_invalid"
        return
    assert re.fullmatch(r"[A-Z]{3}\d{10}", value)
