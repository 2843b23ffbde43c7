"""Matching keys for free text: case- and accent-folded, punctuation-free.

Applicants type on phones: "Sí", "si", "SI!!", "siii" and "sí." must all find the
same vocabulary entry, and "dólares" must match "dolares". These helpers build the
keys that both the vocabulary tables and the applicant's text are reduced to.
``fold`` maps one character to one character, so spans found in folded text are
valid spans of the original text (the money and date parsers rely on that).
"""
from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = "'’‘`´"
_REPEATS = re.compile(r"(\w)\1+")
_SPACES = re.compile(r"\s+")
_BULLET = re.compile(r"^\s*(?:[-*•·–—>]+|\(?\d{1,2}[.)])\s+")
_ITEM_SEPARATORS = re.compile(r"[\n;]")


def fold_char(char: str) -> str:
    """One character without accents, lower case; always exactly one character."""
    base = unicodedata.normalize("NFD", char)[:1] or char
    lower = base.lower()
    return lower if len(lower) == 1 else base


def fold(text: str) -> str:
    """``text`` lower-cased and without accents, with the same length as ``text``."""
    return "".join(fold_char(char) for char in text)


_ARABIC_SEPARATORS = {"\u066c": ",", "\u066b": "."}   # ٬ thousands, ٫ decimal


def ascii_digits(text: str) -> str:
    """"٣" (Arabic-Indic three), "۳" (Persian three) and other decimal digits -> "3",
    and the Arabic thousands and decimal marks to "," and ".".

    One character for one, so spans stay valid; Babel and dateparser want ASCII.
    """
    return "".join(str(unicodedata.decimal(char)) if char.isdecimal() and not char.isascii()
                   else _ARABIC_SEPARATORS.get(char, char) for char in text)


def match_key(text: str) -> str:
    """A comparison key: folded, apostrophes dropped, other punctuation as spaces.

    "I don't know!" -> "i dont know"; "¿Sí?" -> "si"; "#2" -> "2".
    """
    kept = []
    for char in fold(text):
        if char in _APOSTROPHES or unicodedata.category(char).startswith("M"):
            continue
        kept.append(char if char.isalnum() else " ")
    return _SPACES.sub(" ", "".join(kept)).strip()


def squeeze(key: str) -> str:
    """Collapse repeated letters ("siii" -> "si", "yesss" -> "yes", "pass" -> "pas").

    Apply it to both sides of a comparison: it also shortens real double letters.
    """
    return _REPEATS.sub(r"\1", key)


def strip_bullet(line: str) -> str:
    """Drop a list marker such as "- ", "• ", "1. " or "2) " from the start of a line."""
    return _BULLET.sub("", line, count=1).strip()


def split_items(text: str) -> list[str]:
    """Split list answers: one item per line or per ";", without bullets or blanks."""
    items = (strip_bullet(part) for part in _ITEM_SEPARATORS.split(text))
    return [item for item in items if item]
