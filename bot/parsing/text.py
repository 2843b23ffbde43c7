"""Free-text answers and names: the cleaning every other parser starts from.

Text from SMS, WhatsApp and the web widget arrives with stray control
characters, invisible bidi marks (which can make a stored name display
differently from what it is), Windows line ends and runs of spaces. Cleaning it
once here means the stored answer and everything parsed from it agree.
"""
from __future__ import annotations

import re
import unicodedata

from bot.parsing.errors import ParseError

MAX_ANSWER_CHARS = 2000
MAX_NAME_CHARS = 200

# Invisible characters with no meaning in an answer: zero-width space, word
# joiner, BOM and the bidi embedding/override/isolate controls. The zero-width
# (non-)joiners U+200C/U+200D stay: Persian and emoji sequences need them.
_INVISIBLE = frozenset("\u200b\u2060\ufeff\u200e\u200f"
                       "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"}
_LINE_BREAK_RE = re.compile("|".join(map(re.escape, _LINE_BREAKS)))
_SPACES = re.compile(r"[ ]{2,}")
_BLANK_LINES = re.compile(r"\n{3,}")


def _drop_invisible(text: str) -> str:
    kept = []
    for char in text:
        if char == "\n":
            kept.append(char)
        elif char == "\t" or unicodedata.category(char) == "Zs":
            kept.append(" ")
        elif unicodedata.category(char) in ("Cc", "Cs") or char in _INVISIBLE:
            continue
        else:
            kept.append(char)
    return "".join(kept)


def clean_text(text: str) -> str:
    """Normalise an answer: NFC, no control characters, single spaces, trimmed.

    Newlines survive (list answers are one item per line), at most one blank line
    in a row. Raises ParseError "empty", "too_long" (details: max) or "no_text"
    (nothing but emoji or symbols).
    """
    if not isinstance(text, str):
        raise ParseError("empty")
    if len(text) > MAX_ANSWER_CHARS * 4:   # do not spend time cleaning a flood
        raise ParseError("too_long", max=MAX_ANSWER_CHARS)
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAK_RE.sub(lambda match: _LINE_BREAKS[match.group()], text)
    text = _drop_invisible(text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    if not text:
        raise ParseError("empty")
    if len(text) > MAX_ANSWER_CHARS:
        raise ParseError("too_long", max=MAX_ANSWER_CHARS)
    if not any(char.isalnum() for char in text):
        raise ParseError("no_text")
    return text


def parse_text(text: str, lang: str) -> str:
    """A free-text answer, cleaned and otherwise kept as the applicant wrote it."""
    return clean_text(text)


def parse_name(text: str, lang: str) -> str:
    """A person's name, kept verbatim after cleaning (any script, accents, hyphens).

    Lines are joined with spaces. Rejects what cannot be a name with
    "name_invalid": digits (usually a phone number or a date typed into the wrong
    question) or no letter at all; longer than MAX_NAME_CHARS is "too_long".
    """
    name = clean_text(text)
    if len(name) > MAX_NAME_CHARS:
        raise ParseError("too_long", max=MAX_NAME_CHARS)
    if "\n" in name:
        name = " ".join(name.split())
    if any(char.isdigit() for char in name) or not any(char.isalpha() for char in name):
        raise ParseError("name_invalid")
    return name
