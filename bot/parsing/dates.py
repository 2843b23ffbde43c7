"""Dates in the applicant's words: "12/03/2025", "hace dos semanas", "March 2024".

dateparser does the reading, with languages=[lang, "en"] (English month names
turn up in every chat) and DATE_ORDER from the applicant's vocabulary
("03/12/2025" is March 12 in English, 12 March in Spanish). It is generous, so
its answers pass through guards first. The quirks they work around:

- it reads a bare number as a date ("1" -> January 1, "5" -> the 5th of this
  month) and "10:30" as today: text must look like a date (a numeric date, a
  year, a month or weekday name, or a relative word such as "ago"/"hace") before
  dateparser sees it. A bare four-digit year is accepted as January 1 of it;
  any other bare number is rejected.
- English "may" (the verb) and abbreviations such as "mar" (Spanish "sea") read
  as months: inside a sentence they count only next to a digit ("May 2024",
  "3 mar") or after a preposition ("in may"); "may" alone is an answer.
- Spanish ISO dates: with DATE_ORDER=DMY, "2025-03-12" becomes 3 December, so
  ISO dates are read here before dateparser.
- "hace dos semanas" fails while "hace 2 semanas" works (1.2.0 has no Spanish
  number words for relative dates): number words are replaced by digits.
- a lone year ("in 2023") comes back with today's month; it becomes January 1.
- the timestamp parser would read "1700000000"; only the relative-time,
  absolute-time and custom-formats parsers are enabled.
- a leading article ("el 12 de marzo") or a date inside a sentence defeats the
  whole-text parse, so a leading date, a trailing date, then dateparser's search
  are tried (``extract_date``), keeping only candidates that pass the guards.
- search_dates takes time that grows much faster than the text (a line of 2,000
  digits took 40 s): it only runs on date-like lines of at most 150 characters,
  and single parses on at most 100.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from babel.dates import get_day_names, get_month_names
from dateparser.date import DateDataParser
from dateparser.search import search_dates

from bot.parsing.errors import ParseError
from bot.parsing.normalize import ascii_digits, fold, match_key
from bot.parsing.numbers import find_word_numbers
from bot.parsing.text import clean_text
from bot.parsing.vocabulary import (FALLBACK_LANGUAGE, Vocabulary, vocabulary_for,
                                    with_english_fallback)

OLDEST_YEAR = 1900
MAX_YEARS_AHEAD = 100
_MAX_DATE_TOKENS = 8          # longest leading/trailing phrase tried as a date
_MAX_DATE_CHARS = 100         # longest text handed to dateparser as one date
_MAX_SEARCH_CHARS = 150       # dateparser's search is super-linear: 2,000 digits take 40 s
_PARSERS = ["relative-time", "absolute-time", "custom-formats"]

_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_BARE_NUMBER = re.compile(r"^\d+$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{4})$")
_NUMERIC_DATE = re.compile(
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}"   # 12/03/2025, 3-12-25
    r"|\d{4}\s*[/.-]\s*\d{1,2}"                      # 2025-03(-12)
    r"|\d{1,2}\s*[/.-]\s*\d{4}"                      # 03/2025
    r"|\d{1,2}/\d{1,2}"                              # 12/03
    r"|(?<!\d)\d{4}(?!\d)")                          # 2024
_EDGE_PUNCTUATION = " \t:,;.-–—/()[]"
_ENGLISH_MONTHS = {number: name for number, name in get_month_names("wide", locale="en").items()}


def _date_languages(vocab: Vocabulary) -> list[str]:
    """dateparser's code for the applicant's language (when it has one), then English:
    "March 2024" is common in any chat."""
    return list(dict.fromkeys(code for code in (vocab.date_language, FALLBACK_LANGUAGE)
                              if code))


@dataclass(frozen=True)
class _DateWords:
    """Words that tell date-like text apart, for the languages dates are read in."""

    alone: frozenset[str]         # month and weekday names, relative words
    with_digit: frozenset[str]    # month names that count only next to a digit
    prepositions: frozenset[str]  # "in may": the month, not the verb
    relative: frozenset[str]      # "ago", "hace": a year is not a bare year


def _month_and_day_names(locale: str) -> tuple[set[str], set[str], set[str]]:
    def names(width: str) -> set[str]:
        return {match_key(name) for context in ("format", "stand-alone")
                for name in get_month_names(width, context=context, locale=locale).values()}

    days = {match_key(name) for name in get_day_names("wide", locale=locale).values()}
    return names("wide"), names("abbreviated") | {"sep", "sept", "set"}, days


@lru_cache(maxsize=None)
def _date_words(lang: str) -> _DateWords:
    tables = with_english_fallback(lang)
    alone: set[str] = set()
    with_digit: set[str] = set()
    ambiguous = set().union(*(table.ambiguous_month_words for table in tables))
    for table in tables:
        wide, short, days = _month_and_day_names(table.babel_locale)
        months = set(table.month_words)
        alone |= wide | days | months | table.relative_date_words
        with_digit |= wide | short | months
    return _DateWords(
        alone=frozenset(alone - ambiguous),
        with_digit=frozenset(with_digit | ambiguous),
        prepositions=frozenset().union(*(table.date_prepositions for table in tables)),
        relative=frozenset().union(*(table.relative_date_words for table in tables)))


def _looks_like_date(text: str, vocab: Vocabulary, *, whole_answer: bool = False) -> bool:
    """Cheap guard against dateparser reading "1", "a", "may" or "10:30" as dates.

    An ambiguous month word ("may", "mar") counts next to a digit, after a
    preposition ("in may"), or when it is the whole answer to a date question.
    """
    if _NUMERIC_DATE.search(text):
        return True
    known = _date_words(vocab.language)
    words = match_key(text).split()
    phrases = {f"{first} {second}" for first, second in zip(words, words[1:])}
    if set(words) & known.alone or phrases & known.alone:
        return True
    if not set(words) & known.with_digit:
        return False
    if whole_answer and len(words) == 1 or any(char.isdigit() for char in text):
        return True
    return any(word in known.with_digit and previous in known.prepositions
               for previous, word in zip(words, words[1:]))


def _digits_for_number_words(text: str, vocab: Vocabulary) -> str:
    """"hace dos semanas" -> "hace 2 semanas" (dateparser 1.2.0 needs the digit)."""
    months = _date_words(vocab.language).with_digit
    for number in reversed(list(find_word_numbers(fold(text), vocab))):
        beside = (text[:number.start].split() or [""])[-1:] + text[number.end:].split()[:1]
        if (match_key(text[number.start:number.end]) in months
                and any(word[:1].isdigit() for word in beside)):
            continue   # "15 dez 2024": December; "há dez dias": ten
        text = f"{text[:number.start]}{int(number.value)}{text[number.end:]}"
    return text


def _english_month_names(text: str, vocab: Vocabulary) -> str:
    """"3 mas 2025" -> "3 March 2025", "تشرين الأول 2023" -> "October 2023": month
    names dateparser does not know, one word or several, longest first."""
    if not vocab.month_words:
        return text
    pattern = _month_pattern(vocab.language)
    folded = fold(text)   # one character for one: spans in it are spans in text
    for match in reversed(list(pattern.finditer(folded))):
        month = vocab.month_words[match_key(match.group())]
        text = f"{text[:match.start()]}{_ENGLISH_MONTHS[month]}{text[match.end():]}"
    return text


@lru_cache(maxsize=None)
def _month_pattern(lang: str) -> re.Pattern:
    names = sorted(vocabulary_for(lang).month_words, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, name.split())) for name in names)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _for_dateparser(text: str, vocab: Vocabulary) -> str:
    """Text as dateparser reads it best: ASCII digits, known month names, digits for words."""
    return _digits_for_number_words(_english_month_names(ascii_digits(text), vocab), vocab)


@lru_cache(maxsize=16)
def _date_parser(lang: str, prefer: str, today: datetime.date) -> DateDataParser:
    vocab = vocabulary_for(lang)
    return DateDataParser(languages=_date_languages(vocab), settings={
        "RELATIVE_BASE": datetime.datetime.combine(today, datetime.time()),
        "DATE_ORDER": vocab.date_order,
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_DATES_FROM": prefer,
        "PARSERS": _PARSERS,
    })


def _safe_date(year: int, month: int, day: int) -> Optional[datetime.date]:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _read_whole(text: str, vocab: Vocabulary, today: datetime.date, prefer: str, *,
                whole_answer: bool = False) -> Optional[datetime.date]:
    """The date that all of ``text`` names, or None (guards included)."""
    text = text.strip(_EDGE_PUNCTUATION)
    if (not text or len(text) > _MAX_DATE_CHARS
            or not _looks_like_date(text, vocab, whole_answer=whole_answer)):
        return None
    iso = _ISO_DATE.match(text)
    if iso:
        return _safe_date(*map(int, iso.groups()))
    month_year = _MONTH_YEAR.match(ascii_digits(text))
    if month_year:   # "3/2024": dateparser would read day 3 of this month
        month, year = map(int, month_year.groups())
        return _safe_date(year, month, 1)
    if _BARE_NUMBER.match(text):
        return _safe_date(int(text), 1, 1) if len(text) == 4 else None
    try:
        data = _date_parser(vocab.language, prefer, today).get_date_data(
            _for_dateparser(text, vocab))
    except Exception:   # dateparser raises assorted errors on odd input; none is ours to show
        return None
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    if found == today.replace(day=1) and _bare_unit_word(text, vocab, prefer, today):
        return None
    relative = set(match_key(text).split()) & _date_words(vocab.language).relative
    if data.period == "year" and not relative:
        return datetime.date(found.year, 1, 1)
    return found


def _bare_unit_word(text: str, vocab: Vocabulary, prefer: str, today: datetime.date) -> bool:
    """dateparser reads a bare unit ("year", "سنة", "рік", "ano") as the first of this
    month; so "قبل سنة" (a year ago) would silently become June 1. A one-word text that
    is no month name and gives the first of the month from another base date too is
    such a unit, not a date."""
    words = match_key(text).split()
    if (len(words) != 1 or words[0] in _date_words(vocab.language).with_digit
            or any(char.isdigit() for char in text)):
        return False
    other = today.replace(day=16 if today.day == 15 else 15)
    data = _date_parser(vocab.language, prefer, other).get_date_data(_for_dateparser(text, vocab))
    return bool(data and data.date_obj and data.date_obj.date() == other.replace(day=1))


Found = Optional[tuple[datetime.date, str]]   # a date and the rest of the line


def _tokens(text: str) -> list[re.Match]:
    return list(re.finditer(r"\S+", text))


def _leading_date(line: str, vocab: Vocabulary, today: datetime.date, prefer: str) -> Found:
    tokens = _tokens(line)
    for count in range(min(len(tokens), _MAX_DATE_TOKENS), 0, -1):
        found = _read_whole(line[:tokens[count - 1].end()], vocab, today, prefer)
        if found is None:
            continue
        # Shrink: "March 2024 at the hospital" parses up to "at the"; keep those
        # words in the text as long as the date stays the same.
        while count > 1 and _read_whole(line[:tokens[count - 2].end()], vocab, today,
                                        prefer) == found:
            count -= 1
        return found, line[tokens[count - 1].end():]
    return None


def _trailing_date(line: str, vocab: Vocabulary, today: datetime.date, prefer: str) -> Found:
    tokens = _tokens(line)
    for count in range(min(len(tokens), _MAX_DATE_TOKENS), 0, -1):
        start = tokens[len(tokens) - count].start()
        found = _read_whole(line[start:], vocab, today, prefer)
        if found is not None:
            return found, line[:start]
    return None


def _searched_date(line: str, vocab: Vocabulary, today: datetime.date, prefer: str) -> Found:
    if len(line) > _MAX_SEARCH_CHARS or not _looks_like_date(line, vocab):
        return None
    try:
        hits = search_dates(ascii_digits(line), languages=_date_languages(vocab), settings={
            "RELATIVE_BASE": datetime.datetime.combine(today, datetime.time()),
            "DATE_ORDER": vocab.date_order, "PREFER_DAY_OF_MONTH": "first",
            "PREFER_DATES_FROM": prefer, "PARSERS": _PARSERS}) or []
    except Exception:   # see _read_whole
        return None
    found = [(phrase, _read_whole(phrase, vocab, today, prefer)) for phrase, _ in hits]
    found = [(phrase, date) for phrase, date in found if date is not None]
    if len({date for _, date in found}) != 1:
        return None
    phrase, date = found[0]
    shrunk = _leading_date(phrase, vocab, today, prefer)
    if shrunk is not None and shrunk[0] == date:
        phrase = phrase[:len(phrase) - len(shrunk[1])]
    start = ascii_digits(line).find(phrase)
    if start < 0:
        return None
    return date, f"{line[:start]} {line[start + len(phrase):]}"


def extract_date(line: str, lang: str, *, today: datetime.date,
                 prefer: str = "current_period") -> Found:
    """Find the date in a line and return it with the rest of the line.

    "12/03/2024 diagnosed" -> (2024-03-12, "diagnosed"); "empeoró hace una
    semana" -> (2025-06-08, "empeoró"). Tries a leading date, a trailing one,
    then dateparser's search (only when it finds a single date). The rest is
    trimmed of separators such as ":" or " - ". None when there is no date.
    ``prefer`` is dateparser's PREFER_DATES_FROM ("past" for past-only answers).
    """
    vocab = vocabulary_for(lang)
    for finder in (_leading_date, _trailing_date, _searched_date):
        result = finder(line, vocab, today, prefer)
        if result is not None:
            date, rest = result
            return date, " ".join(rest.split()).strip(_EDGE_PUNCTUATION)
    return None


def _without_leading_hedges(text: str, vocab: Vocabulary) -> str:
    words = text.split()
    hedges = _date_words(vocab.language).prepositions
    while len(words) > 1 and match_key(words[0]) in hedges:
        words.pop(0)
    return " ".join(words)


def check_date(date: datetime.date, *, today: datetime.date, allow_future: bool) -> None:
    """Raise "date_too_old", "date_future" or "date_invalid" (absurdly far ahead)."""
    if date.year < OLDEST_YEAR:
        raise ParseError("date_too_old", min_year=OLDEST_YEAR)
    if date > today and not allow_future:
        raise ParseError("date_future")
    if date.year > today.year + MAX_YEARS_AHEAD:
        raise ParseError("date_invalid")


def parse_date(text: str, lang: str, *, today: datetime.date,
               allow_future: bool = True) -> str:
    """A date as "YYYY-MM-DD", read in the applicant's language.

    Relative dates count from ``today`` (so tests and re-parsing are
    deterministic). A month without a day is its first day ("March 2024" ->
    "2024-03-01"), a year alone is January 1. A sentence with one date in it
    works ("I think around March 2024"); two different dates do not.
    Raises "date_invalid", "date_future" (when not ``allow_future``) or
    "date_too_old" (before 1900), after the cleaning errors of ``clean_text``.
    """
    cleaned = clean_text(text)
    vocab = vocabulary_for(lang)
    prefer = "current_period" if allow_future else "past"
    found = _read_whole(cleaned, vocab, today, prefer, whole_answer=True)
    if found is None:   # "around may", "since May": dateparser rejects the hedge
        found = _read_whole(_without_leading_hedges(cleaned, vocab), vocab, today, prefer,
                            whole_answer=True)
    if found is None:
        extracted = extract_date(" ".join(cleaned.split()), vocab.language, today=today,
                                 prefer=prefer)
        if extracted is None or _looks_like_date(extracted[1], vocab):
            raise ParseError("date_invalid")
        found = extracted[0]
    check_date(found, today=today, allow_future=allow_future)
    return found.isoformat()
