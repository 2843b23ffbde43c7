"""Which currency an amount is in: ISO codes, symbols and currency words.

Rules (the money parser documents them to callers):
- An explicit currency wins: an ISO code ("2000 USD", "mxn"), a specific symbol
  ("€", "R$", "US$") or a specific word ("dollars", "pesos mexicanos", "gourdes").
- "$" alone means US dollars, the way applicants and US clinics use it.
- Bare "pesos" names no country: it takes the caller's default currency when
  that is a peso currency (MXN, COP, CUP, ...), otherwise "money_currency".
- No currency at all takes the caller's default currency, else "money_currency".
- Two different explicit currencies ("2000 dollars or 40000 pesos mexicanos")
  are "money_currency": the answer needs a person to read it.
A 3-letter code is recognised anywhere when it is a currency applicants are
likely to use, and otherwise only in capitals right next to the amount
("500 CHF"), so words such as "all" or "top" are not read as Albanian lek or
Tongan paʻanga.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional, Sequence

from babel.numbers import list_currencies

from bot.parsing.errors import ParseError
from bot.parsing.normalize import fold
from bot.parsing.vocabulary import AMBIGUOUS_PESO, base_language, with_english_fallback

DOLLAR_SIGN = "$"
UNCLEAR_SYMBOL = "?"      # "C$" is both Nicaraguan córdoba and Canadian dollar

_MARKERS = frozenset({DOLLAR_SIGN, UNCLEAR_SYMBOL, AMBIGUOUS_PESO})
PESO_CURRENCIES = frozenset({"MXN", "COP", "CUP", "DOP", "ARS", "CLP", "UYU", "PHP"})

# Codes read in any case anywhere in the answer.
COMMON_CODES = frozenset({
    "USD", "EUR", "MXN", "HTG", "COP", "DOP", "GTQ", "HNL", "NIO", "VES", "BRL", "UAH",
    "AFN", "CAD", "GBP", "CLP", "ARS", "UYU", "CRC", "PYG", "RUB", "PKR", "INR", "CNY",
})

_SYMBOLS = {
    "US$": "USD", "U$S": "USD", "U$D": "USD", "USD$": "USD", "R$": "BRL", "RD$": "DOP",
    "MX$": "MXN", "COL$": "COP", "CA$": "CAD", "C$": UNCLEAR_SYMBOL, "€": "EUR",
    "£": "GBP", "₴": "UAH", "₽": "RUB", "؋": "AFN", "₱": "PHP", "₹": "INR",
    "$": DOLLAR_SIGN, "＄": DOLLAR_SIGN,
}
_SYMBOL_RE = re.compile(
    "|".join(("(?<![^\\W\\d_])" if symbol[0].isalpha() else "") + re.escape(symbol)
             for symbol in sorted(_SYMBOLS, key=len, reverse=True)),
    re.IGNORECASE)
_CODE_RE = re.compile(r"(?<![^\W\d_])([A-Za-z]{3})(?![^\W\d_])")


@dataclass(frozen=True)
class CurrencyMark:
    """A currency named in the text: an ISO code or one of the markers above."""

    currency: str
    start: int
    end: int


@lru_cache(maxsize=None)
def _all_codes() -> frozenset[str]:
    return frozenset(list_currencies())


@lru_cache(maxsize=None)
def _word_pattern(lang: str) -> tuple[re.Pattern, dict[str, str]]:
    """One regex for every currency phrase of the language (and English)."""
    words: dict[str, str] = {}
    for vocab in reversed(with_english_fallback(lang)):
        words.update(vocab.currency_words)
    alternatives = [r"[\W_]+".join(map(re.escape, phrase.split()))
                    for phrase in sorted(words, key=len, reverse=True)]
    pattern = re.compile(r"(?<![^\W\d_])(?:" + "|".join(alternatives) + r")(?![^\W\d_])")
    return pattern, words


def _overlaps(start: int, end: int, marks: Iterable[CurrencyMark]) -> bool:
    return any(start < mark.end and mark.start < end for mark in marks)


def _next_to_digit(text: str, start: int, end: int) -> bool:
    """"500 CHF", "CHF500": a digit right before or after, at most one space away."""
    before = text[max(0, start - 2):start].strip()
    after = text[end:end + 2].strip()
    return before[-1:].isdigit() or after[:1].isdigit()


def find_currency_marks(text: str, lang: str) -> list[CurrencyMark]:
    """Every currency word, symbol or code in ``text``, in order of position."""
    folded = fold(text)
    pattern, words = _word_pattern(base_language(lang))
    marks: list[CurrencyMark] = []
    for match in pattern.finditer(folded):
        phrase = " ".join(re.split(r"[\W_]+", match.group()))
        marks.append(CurrencyMark(words[phrase], match.start(), match.end()))
    for match in _SYMBOL_RE.finditer(text):
        if not _overlaps(match.start(), match.end(), marks):
            currency = _SYMBOLS.get(match.group().upper(), DOLLAR_SIGN)
            marks.append(CurrencyMark(currency, match.start(), match.end()))
    for match in _CODE_RE.finditer(text):
        code = match.group(1).upper()
        if _overlaps(match.start(), match.end(), marks):
            continue
        if code in COMMON_CODES or (match.group(1).isupper() and code in _all_codes()
                                    and _next_to_digit(text, match.start(), match.end())):
            marks.append(CurrencyMark(code, match.start(), match.end()))
    return sorted(marks, key=lambda mark: mark.start)


def normalise_currency_code(code: object) -> Optional[str]:
    """" usd " -> "USD"; None for anything that is not a 3-letter code."""
    if not isinstance(code, str):
        return None
    code = code.strip().upper()
    return code if re.fullmatch(r"[A-Z]{3}", code) else None


def resolve_currency(marks: Sequence[CurrencyMark], defaults: Sequence[Optional[str]]) -> str:
    """The one currency the marks name, using ``defaults`` in order (see module doc)."""
    kinds = {mark.currency for mark in marks}
    explicit = kinds - _MARKERS
    fallbacks = [code for code in map(normalise_currency_code, defaults) if code]
    if len(explicit) > 1:
        raise ParseError("money_currency", reason="several")
    if explicit:
        code = explicit.pop()
        if AMBIGUOUS_PESO in kinds and code not in PESO_CURRENCIES:
            raise ParseError("money_currency", reason="several")
        return code
    if UNCLEAR_SYMBOL in kinds:
        raise ParseError("money_currency", reason="unclear")
    if AMBIGUOUS_PESO in kinds:
        for code in fallbacks:
            if code in PESO_CURRENCIES:
                return code
        raise ParseError("money_currency", reason="which_peso")
    if DOLLAR_SIGN in kinds:
        return "USD"
    if fallbacks:
        return fallbacks[0]
    raise ParseError("money_currency", reason="missing")
