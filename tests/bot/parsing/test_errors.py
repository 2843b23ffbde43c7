from __future__ import annotations

import pytest

from bot.parsing.errors import ERROR_CODES, ParseError


def test_parse_error_carries_code_and_details():
    error = ParseError("number_range", min=1, max=10)
    assert error.code == "number_range"
    assert error.details == {"min": 1, "max": 10}
    assert str(error) == "number_range"


def test_parse_error_is_a_value_error():
    with pytest.raises(ValueError):
        raise ParseError("empty")


def test_error_codes_include_the_engine_contract():
    assert {"empty", "too_long", "no_text", "date_invalid", "date_future", "date_too_old",
            "number_invalid", "number_range", "money_invalid", "money_negative",
            "money_too_large", "money_currency", "choice_unknown", "yes_no_unknown",
            "list_empty", "list_item_invalid", "receipt_invalid"} <= ERROR_CODES
