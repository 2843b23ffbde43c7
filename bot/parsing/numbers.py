"""Whole numbers ("3", "1,500", "dos", "twenty-one", "ciento cincuenta") and the
locale-aware reading of digit groups that the money parser shares.

Digit groups are read with Babel in the applicant's locale first ("1.500" is one
thousand five hundred in Spanish), then in the other convention when that is the
only sensible reading: many Spanish speakers in the Americas write "1,500.50",
and "1.500" with three decimals is never a count or a price.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator, Mapping, Optional, Sequence

from babel.numbers import parse_decimal

from bot.parsing.errors import ParseError
from bot.parsing.normalize import ascii_digits, fold, match_key
from bot.parsing.text import clean_text
from bot.parsing.vocabulary import Vocabulary, vocabulary_for

NUMBER_LIMIT = 1_000_000_000   # beyond this a count is a typo, whatever the question

# Digits with grouping or decimal separators: "1,500.50", "1.500,50", "20 000",
# "1'000". A space groups only when exactly three digits follow ("20 000" is one
# number, "2000 3000" two).
NUMBER_RE = re.compile(r"\d+(?:(?:[.,'’]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*")
_GROUPING_ONLY = re.compile(r"[ \u00a0\u202f'’]")
# Words may hold an apostrophe (Ukrainian "п'ять", French "quatre-vingt" uses a hyphen).
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_APOSTROPHES = re.compile("['’ʼ]")
_MULTIPLIER_AFTER = re.compile(r"[ \u00a0]?([^\W\d_]+)")
_MINUS_SIGNS = "-−–"
_MAX_PHRASE_WORDS = 3           # "hai mươi lăm"
_MAX_NUMBER_WORDS = 6           # "one hundred and twenty one"
_DOT_DECIMAL_LOCALE = "en"
_COMMA_DECIMAL_LOCALE = "es"


@dataclass(frozen=True)
class NumberMatch:
    """A number found in text: its value and its span (``text[start:end]``)."""

    value: Decimal
    start: int
    end: int


def decimal_places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def parse_locale_decimal(token: str, vocab: Vocabulary) -> Optional[Decimal]:
    """Read one digit group such as "1.500,50"; None when no convention fits.

    Prefers the locale's reading with at most two decimals, then the other
    convention's; a reading with more decimals is returned only as a last resort
    (the caller rejects it as money, or as a whole number when it is not one).
    """
    compact = ascii_digits(_GROUPING_ONLY.sub("", token))
    # French, Haitian, Ukrainian and Russian group with a space, yet "50.000" and
    # "1.500,50" are everyday writing there too: try both other conventions.
    fallback = None
    for locale in dict.fromkeys((vocab.babel_locale, _DOT_DECIMAL_LOCALE,
                                 _COMMA_DECIMAL_LOCALE)):
        try:
            value = parse_decimal(compact, locale=locale, strict=True)
        except (ValueError, ArithmeticError):
            continue
        if not value.is_finite():
            continue
        if decimal_places(value) <= 2:
            return value
        fallback = fallback if fallback is not None else value
    return fallback


def is_negative_sign_before(text: str, start: int) -> bool:
    """True for "-5" or "−5" at a word start; false for "I-131" or "2000-3000"."""
    if start == 0 or text[start - 1] not in _MINUS_SIGNS:
        return False
    return start == 1 or not text[start - 2].isalnum()


def find_digit_numbers(text: str, vocab: Vocabulary) -> Iterator[NumberMatch]:
    """Every digit group in ``text`` that reads as a number in some convention."""
    for match in NUMBER_RE.finditer(ascii_digits(text)):   # "۱٬۵۰۰" is 1,500
        value = parse_locale_decimal(match.group(), vocab)
        if value is not None:
            yield NumberMatch(value, match.start(), match.end())


def _below_hundred(words: Sequence[str], vocab: Vocabulary) -> Optional[int]:
    """"seven", "twenty one", "treinta y dos": 0..99, or None."""
    values = [vocab.numbers.get(word) for word in words]
    if len(words) == 1:
        value = values[0]
        return value if value is not None and value < 100 else None
    joined = len(words) == 2 or (len(words) == 3 and words[1] in vocab.number_joiners)
    tens, unit = values[0], values[-1]
    if (joined and tens is not None and unit is not None and 20 <= tens <= 90
            and tens % 10 == 0 and 1 <= unit <= 9):
        return tens + unit
    return None


def words_to_int(words: Sequence[str], vocab: Vocabulary) -> Optional[int]:
    """Number words 0..999: "two" -> 2, "twenty one" -> 21, "treinta y dos" -> 32,
    "two hundred and five" -> 205, "ciento cincuenta" -> 150, "quinientos" -> 500.
    """
    if not words:
        return None
    values = [vocab.numbers.get(word) for word in words]
    hundreds, rest = 0, list(words)
    if values[0] is not None and values[0] >= 100:              # "cien", "quinientos"
        hundreds, rest = values[0], rest[1:]
    elif (len(values) > 1 and values[1] == 100 and values[0] is not None
          and 1 <= values[0] <= 9):                              # "two hundred"
        hundreds, rest = values[0] * 100, rest[2:]
    if hundreds and rest and rest[0] in vocab.number_joiners:    # "one hundred and five"
        rest = rest[1:]
        if not rest:
            return None
    if not rest:
        return hundreds or None
    below = _below_hundred(rest, vocab)
    return None if below is None else hundreds + below


def _adjacent(folded: str, words: Sequence[re.Match]) -> bool:
    """True when only spaces or hyphens separate the words ("twenty-one")."""
    return all(not folded[left.end():right.start()].strip(" -")
               for left, right in zip(words, words[1:]))


def _word_key(word: re.Match) -> str:
    """A word as the tables hold it: apostrophes dropped, like ``match_key`` does."""
    return _APOSTROPHES.sub("", word.group())


def _phrase_number(folded: str, words: Sequence[re.Match], index: int,
                   vocab: Vocabulary) -> Optional[tuple[NumberMatch, int]]:
    """A number the table lists as a phrase ("mười lăm", Vietnamese 15), longest first,
    with the index of the word after it."""
    for stop in range(min(len(words), index + _MAX_PHRASE_WORDS), index + 1, -1):
        group = words[index:stop]
        key = " ".join(_word_key(word) for word in group)
        if key in vocab.numbers and _adjacent(folded, group):
            return NumberMatch(Decimal(vocab.numbers[key]), group[0].start(),
                               group[-1].end()), stop
    return None


def find_word_numbers(folded: str, vocab: Vocabulary) -> Iterator[NumberMatch]:
    """Number words in folded text ("veinte y uno", "two"), longest reading first.

    Words that do not read as one number give one match each, so "two three"
    gives two numbers (and the caller calls that ambiguous).
    """
    words = list(_WORD_RE.finditer(folded))
    index = 0
    while index < len(words):
        phrase = _phrase_number(folded, words, index, vocab)
        if phrase is not None:
            yield phrase[0]
            index = phrase[1]
            continue
        if _word_key(words[index]) not in vocab.numbers:
            index += 1
            continue
        for stop in range(min(len(words), index + _MAX_NUMBER_WORDS), index, -1):
            group = words[index:stop]
            value = words_to_int([_word_key(word) for word in group], vocab)
            if value is not None and _adjacent(folded, group):
                yield NumberMatch(Decimal(value), group[0].start(), group[-1].end())
                index = stop
                break


def multiplier_after(folded: str, end: int,
                     multipliers: Mapping[str, int]) -> Optional[tuple[int, int]]:
    """The multiplier word right after a number ending at ``end`` ("2 thousand",
    "20 mil"): its value and where it ends, or None. Shared with the money parser."""
    after = _MULTIPLIER_AFTER.match(folded, end)
    if after and after.group(1) in multipliers:
        return multipliers[after.group(1)], after.end()
    return None


def _times_multiplier(number: NumberMatch, folded: str, vocab: Vocabulary) -> Decimal:
    """"two thousand" is 2,000, not 2: a multiplier word right after the number counts."""
    found = multiplier_after(folded, number.end, vocab.multipliers)
    return number.value * found[0] if found else number.value


def _read_count(text: str, vocab: Vocabulary) -> int:
    """The one whole number in ``text``, or ParseError("number_invalid")."""
    key = match_key(text)
    if key in vocab.zero_words:
        return 0
    folded = fold(text)
    found: list[Decimal] = []
    for number in find_digit_numbers(text, vocab):
        sign = -1 if is_negative_sign_before(text, number.start) else 1
        found.append(sign * _times_multiplier(number, folded, vocab))
    found.extend(_times_multiplier(number, folded, vocab)
                 for number in find_word_numbers(folded, vocab))
    distinct = set(found)
    if len(distinct) != 1:
        raise ParseError("number_invalid")
    value = distinct.pop()
    if value != value.to_integral_value():
        raise ParseError("number_invalid")
    return int(value)


def parse_number(text: str, lang: str, *, min_value: int | None = None,
                 max_value: int | None = None) -> int:
    """A whole number from "3", "3 kids", "1,500", "dos", "twenty-one" or "none".

    Exactly one number must be in the text ("2 or 3" is "number_invalid").
    Outside [min_value, max_value], or beyond +/- NUMBER_LIMIT when no bound is
    given, raises "number_range" with details min and max (either may be None).
    """
    vocab = vocabulary_for(lang)
    value = _read_count(clean_text(text), vocab)
    low = min_value if min_value is not None else -NUMBER_LIMIT
    high = max_value if max_value is not None else NUMBER_LIMIT
    if value < low or value > high:
        raise ParseError("number_range",
                         min=min_value if min_value is not None or value > high else low,
                         max=max_value if max_value is not None or value < low else high)
    return value
