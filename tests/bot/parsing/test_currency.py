from __future__ import annotations

import pytest

from bot.parsing.currency import (DOLLAR_SIGN, CurrencyMark, find_currency_marks,
                                  normalise_currency_code, resolve_currency)
from bot.parsing.errors import ParseError
from bot.parsing.vocabulary import AMBIGUOUS_PESO


@pytest.mark.parametrize("text, lang, expected", [
    ("$2,000", "en", [DOLLAR_SIGN]),
    ("US$ 500", "en", ["USD"]),
    ("2000 usd", "en", ["USD"]),
    ("USD2000", "en", ["USD"]),
    ("2000 dollars", "en", ["USD"]),
    ("1500 dólares", "es", ["USD"]),
    ("1500 dolares", "es", ["USD"]),
    ("20 000 pesos", "es", [AMBIGUOUS_PESO]),
    ("2000 pesos mexicanos", "es", ["MXN"]),
    ("2000 Mexican pesos", "en", ["MXN"]),
    ("€1.200", "es", ["EUR"]),
    ("50 000 gourdes", "en", ["HTG"]),
    ("R$ 300", "en", ["BRL"]),
    ("RD$5000", "es", ["DOP"]),
    ("500 CHF", "en", ["CHF"]),         # any ISO code in capitals next to the amount
    ("5000 quetzales", "es", ["GTQ"]),
    ("5000 dollars", "es", ["USD"]),    # English words count in Spanish
])
def test_find_currency_marks(text, lang, expected):
    assert [mark.currency for mark in find_currency_marks(text, lang)] == expected


@pytest.mark.parametrize("text", ["I paid all of it", "all 500", "a cup of 500",
                                  "top 500", "Bob paid 500"])
def test_ordinary_words_are_not_currency_codes(text):
    assert find_currency_marks(text, "en") == []


def _marks(*currencies: str) -> list[CurrencyMark]:
    return [CurrencyMark(currency, index, index + 1) for index, currency in enumerate(currencies)]


@pytest.mark.parametrize("marks, defaults, expected", [
    (_marks("USD"), [None], "USD"),
    (_marks(DOLLAR_SIGN), [None], "USD"),
    (_marks(DOLLAR_SIGN), ["MXN"], "USD"),            # "$" is US dollars
    (_marks(DOLLAR_SIGN, "MXN"), [None], "MXN"),      # unless a currency is named
    (_marks(AMBIGUOUS_PESO), ["MXN"], "MXN"),
    (_marks(AMBIGUOUS_PESO), ["USD", "COP"], "COP"),  # the first peso default
    (_marks(AMBIGUOUS_PESO, "CUP"), [None], "CUP"),
    (_marks(), ["eur"], "EUR"),
    (_marks("USD", "USD"), [None], "USD"),
])
def test_resolve_currency(marks, defaults, expected):
    assert resolve_currency(marks, defaults) == expected


@pytest.mark.parametrize("marks, defaults, reason", [
    (_marks(), [None], "missing"),
    (_marks(), ["not a code"], "missing"),
    (_marks(AMBIGUOUS_PESO), [None], "which_peso"),
    (_marks(AMBIGUOUS_PESO), ["USD"], "which_peso"),
    (_marks("USD", "EUR"), [None], "several"),
    (_marks(AMBIGUOUS_PESO, "USD"), [None], "several"),
    (_marks("?"), ["USD"], "unclear"),
])
def test_resolve_currency_errors(marks, defaults, reason):
    with pytest.raises(ParseError) as error:
        resolve_currency(marks, defaults)
    assert error.value.code == "money_currency"
    assert error.value.details == {"reason": reason}


@pytest.mark.parametrize("raw, expected", [(" usd ", "USD"), ("MXN", "MXN"), ("US", None),
                                           ("dollars", None), (None, None), (5, None)])
def test_normalise_currency_code(raw, expected):
    assert normalise_currency_code(raw) == expected
