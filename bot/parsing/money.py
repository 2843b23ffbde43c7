"""Amounts of money ("$2,000", "1.500,50 €", "20 mil pesos mexicanos") and cost
lists ("Surgery 20,000 USD" one per line).

An amount is kept as the string of a Decimal so no float rounding ever touches
it: "1500.50", or "20000" for whole amounts. Digit groups are read in the
applicant's locale with a fallback to the other convention (see numbers.py);
"20 mil", "2k" and "1.5 million" multiply; number words count only with a
multiplier or next to a currency ("mil dólares", "fifty dollars"). How the
currency is chosen, including bare "pesos", is described in currency.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from bot.parsing.currency import CurrencyMark, find_currency_marks, resolve_currency
from bot.parsing.errors import ParseError
from bot.parsing.normalize import fold, split_items
from bot.parsing.numbers import (NumberMatch, decimal_places, find_digit_numbers,
                                 find_word_numbers, is_negative_sign_before,
                                 multiplier_after)
from bot.parsing.text import clean_text
from bot.parsing.vocabulary import Vocabulary, vocabulary_for, with_english_fallback

MONEY_LIMIT = Decimal(100_000_000)
# Currencies with thousands of units to the US dollar: a surgery costs billions of
# Vietnamese đồng or Colombian pesos, so their typo guard sits higher.
HIGH_DENOMINATION_LIMIT = Decimal(10) ** 13
HIGH_DENOMINATION = frozenset({"VND", "COP", "IDR", "IRR", "IQD", "SYP", "LBP", "PYG", "UZS",
                               "LAK", "GNF", "SLL", "SLE", "MMK", "KHR", "UGX", "TZS", "MGA"})
MAX_DECIMALS = 2
_WORD = re.compile(r"[^\W\d_]+")
_ADJACENT_GAP = re.compile(r"^[\s\-:]{0,2}$")
_THOUSANDS_GAP = re.compile(r"\s*(?:and\s|y\s)?\s*$")   # "two thousand (and) five hundred"
_LABEL_EDGES = " \t:;,.-–—=()[]/+*"


Marks = tuple[CurrencyMark, ...]


@dataclass(frozen=True)
class _Amount:
    value: Decimal
    start: int
    end: int            # after the multiplier, if any
    multiplied: bool    # "20 mil", "a thousand"


@dataclass(frozen=True)
class MoneyReading:
    """One amount found in a text, with the currency marks and the leftover label."""

    amount: Decimal
    marks: tuple[CurrencyMark, ...]
    label: str


def _multipliers(lang: str) -> dict[str, int]:
    table: dict[str, int] = {}
    for vocab in reversed(with_english_fallback(lang)):
        table.update(vocab.multipliers)
    return table


def _with_multiplier(number: NumberMatch, folded: str, multipliers: dict[str, int]) -> _Amount:
    found = multiplier_after(folded, number.end, multipliers)
    if found:
        return _Amount(number.value * found[0], number.start, found[1], True)
    return _Amount(number.value, number.start, number.end, False)


def _adds_to(previous: _Amount, start: int, value: Decimal, folded: str) -> bool:
    """True when an amount under 1,000 at ``start`` completes a multiplied one:
    "2 thousand five hundred", "dos mil quinientos"."""
    return (previous.multiplied and value < 1000
            and _THOUSANDS_GAP.match(folded, previous.end, start) is not None)


def _inside_mark(amount: _Amount, marks: Marks) -> bool:
    return any(mark.start <= amount.start and amount.end <= mark.end for mark in marks)


def _glued_to_a_word(text: str, amount: _Amount, marks: Marks) -> bool:
    """"I-131", "2nd", "4x4": digits stuck to letters that are not a currency."""
    before = text[amount.start - 1] if amount.start else ""
    if before in "-‐" and amount.start > 1 and text[amount.start - 2].isalpha():
        return True
    if before.isalpha() and not any(mark.end == amount.start for mark in marks):
        return True
    after = text[amount.end:amount.end + 1]
    if after == "%":
        return True
    return after.isalpha() and not any(mark.start == amount.end for mark in marks)


def _digit_amounts(text: str, folded: str, vocab: Vocabulary, marks: Marks,
                   multipliers: dict[str, int]) -> list[_Amount]:
    amounts = (_with_multiplier(number, folded, multipliers)
               for number in find_digit_numbers(text, vocab))
    words = list(find_word_numbers(folded, vocab))
    return [_with_word_remainder(amount, words, folded) for amount in amounts
            if not _glued_to_a_word(text, amount, marks)]


def _with_word_remainder(amount: _Amount, words: list[NumberMatch], folded: str) -> _Amount:
    """"2 thousand five hundred" is 2,500: number words right after "2 thousand" add up."""
    for word in words:
        if word.start >= amount.end and _adds_to(amount, word.start, word.value, folded):
            return _Amount(amount.value + word.value, amount.start, word.end, True)
    return amount


def _word_amounts(folded: str, vocab: Vocabulary, multipliers: dict[str, int]) -> list[_Amount]:
    """"fifty", "dos mil", "dos mil quinientos", and a multiplier on its own:
    "mil dólares", "a thousand"."""
    amounts = [_with_multiplier(number, folded, multipliers)
               for number in find_word_numbers(folded, vocab)]
    taken = [(amount.start, amount.end) for amount in amounts]
    for word in _WORD.finditer(folded):
        if word.group() in multipliers and not any(s <= word.start() < e for s, e in taken):
            amounts.append(_Amount(Decimal(multipliers[word.group()]), word.start(),
                                   word.end(), True))
    merged: list[_Amount] = []
    for amount in sorted(amounts, key=lambda item: item.start):
        previous = merged[-1] if merged else None
        if (previous is not None and not amount.multiplied
                and _adds_to(previous, amount.start, amount.value, folded)):
            merged[-1] = _Amount(previous.value + amount.value, previous.start, amount.end, True)
        else:
            merged.append(amount)
    return merged


def _next_to_mark(text: str, amount: _Amount, marks: Marks) -> bool:
    for mark in marks:
        gap = (text[mark.end:amount.start] if mark.end <= amount.start
               else text[amount.end:mark.start] if amount.end <= mark.start else None)
        if gap is not None and _ADJACENT_GAP.match(gap):
            return True
    return False


def _is_small_count(amount: _Amount) -> bool:
    """Small counts ("2 weeks", "3 nights") sit beside amounts without being one."""
    return amount.value < 100


def _choose_amount(text: str, vocab: Vocabulary, marks: Marks) -> _Amount:
    folded = fold(text)
    multipliers = _multipliers(vocab.language)
    amounts = _digit_amounts(text, folded, vocab, marks, multipliers)
    if not amounts:   # words only count as money when they clearly are: "one flight" is not
        amounts = [amount for amount in _word_amounts(folded, vocab, multipliers)
                   if amount.multiplied or _next_to_mark(text, amount, marks)]
    amounts = [amount for amount in amounts if not _inside_mark(amount, marks)]
    if len(amounts) > 1:
        # "2 surgeries at 5000 dollars" names one amount; "2000 or 3000 USD" two.
        beside = [amount for amount in amounts if _next_to_mark(text, amount, marks)]
        others = [amount for amount in amounts if amount not in beside]
        if len(beside) != 1 or not all(map(_is_small_count, others)):
            raise ParseError("money_invalid", reason="several")
        amounts = beside
    if not amounts:
        raise ParseError("money_invalid")
    return amounts[0]


def _is_negative(text: str, amount: _Amount, marks: Marks) -> bool:
    if is_negative_sign_before(text, amount.start):
        return True
    return any(mark.end == amount.start and is_negative_sign_before(text, mark.start)
               for mark in marks)


def _label(text: str, amount: _Amount, marks: Marks, vocab: Vocabulary) -> str:
    """The line without the amount and currency: "Surgery (20,000 USD)" -> "Surgery"."""
    spans = sorted([(amount.start, amount.end)] + [(mark.start, mark.end) for mark in marks],
                   reverse=True)
    for start, end in spans:
        text = f"{text[:start]} {text[end:]}"
    text = re.sub(r"\(\s*\)|\[\s*\]", " ", text)
    words = " ".join(text.split()).strip(_LABEL_EDGES).split()
    stopwords = set().union(*(table.stopwords for table in with_english_fallback(vocab.language)))
    while len(words) > 1 and fold(words[0]) in stopwords:
        words.pop(0)
    while len(words) > 1 and fold(words[-1]) in stopwords:
        words.pop()
    return " ".join(words).strip(_LABEL_EDGES)


def read_money(text: str, lang: str) -> MoneyReading:
    """The single amount in ``text`` with its currency marks; the currency is not
    resolved yet (a cost list may lend one line's currency to another).

    Raises "money_invalid", "money_negative" or "money_too_large".
    """
    vocab = vocabulary_for(lang)
    marks = tuple(find_currency_marks(text, vocab.language))
    amount = _choose_amount(text, vocab, marks)
    if _is_negative(text, amount, marks):
        raise ParseError("money_negative")
    whole = amount.value == amount.value.to_integral_value()
    if decimal_places(amount.value) > MAX_DECIMALS and not whole:
        raise ParseError("money_invalid", reason="decimals")
    limit = money_limit(marks)
    if amount.value > limit:
        raise ParseError("money_too_large", max=str(limit))
    return MoneyReading(amount.value, marks, _label(text, amount, marks, vocab))


def money_limit(marks: Marks) -> Decimal:
    """The largest believable amount in the currencies the text names."""
    if any(mark.currency in HIGH_DENOMINATION for mark in marks):
        return HIGH_DENOMINATION_LIMIT
    return MONEY_LIMIT


def format_amount(value: Decimal) -> str:
    """"20000" for whole amounts, otherwise two decimals: "1500.50"."""
    if value == value.to_integral_value():
        return str(int(value))
    return str(value.quantize(Decimal("0.01")))


def parse_money(text: str, lang: str, *, default_currency: str | None = None) -> dict:
    """{"amount": "1500.50", "currency": "USD"} from one amount in the text.

    ``default_currency`` (an ISO code, e.g. from the applicant's country) is
    used when no currency is named, and for bare "pesos" when it is a peso
    currency. Errors: "money_invalid" (no amount, several, more than two
    decimals), "money_negative", "money_too_large" (details: max),
    "money_currency" (details: reason "missing", "which_peso", "several" or
    "unclear").
    """
    reading = read_money(clean_text(text), lang)
    currency = resolve_currency(reading.marks, [default_currency])
    return {"amount": format_amount(reading.amount), "currency": currency}


def _list_currency(readings: list[MoneyReading]) -> Optional[str]:
    """The one currency the list's lines name on their own, lent to lines without one."""
    named = set()
    for reading in readings:
        try:
            named.add(resolve_currency(reading.marks, []))
        except ParseError:
            continue
    return named.pop() if len(named) == 1 else None


def parse_money_list(text: str, lang: str, *, default_currency: str | None = None) -> list[dict]:
    """[{"label": "surgery", "amount": "20000", "currency": "USD"}, ...].

    One item per line or per ";" ("Surgery 20,000 USD", "cirugía: 20.000
    dólares"); the label is what is left of the line ("" when nothing is). A
    line without a currency takes the currency the other lines name (when they
    all name the same one), then ``default_currency``. A bad line raises
    "list_item_invalid" with details item (1-based) and reason (the money code).
    """
    items = split_items(clean_text(text))
    if not items:
        raise ParseError("list_empty")
    readings = []
    for index, item in enumerate(items, 1):
        try:
            readings.append(read_money(item, lang))
        except ParseError as error:
            raise ParseError("list_item_invalid", item=index, reason=error.code) from None
    shared = _list_currency(readings)
    result = []
    for index, reading in enumerate(readings, 1):
        try:
            currency = resolve_currency(reading.marks, [shared, default_currency])
        except ParseError as error:
            raise ParseError("list_item_invalid", item=index, reason=error.code) from None
        result.append({"label": reading.label, "amount": format_amount(reading.amount),
                       "currency": currency})
    return result
