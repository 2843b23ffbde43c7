"""Words that answer no question but steer the interview: skip, "I don't know",
"I'd rather tell the lawyer".

The NLU model recognises these intents too; this exact-match table is the
safety net that always works, even when the model is unsure, so a person who
types "no sé" is never told their answer is not a valid date. Matching is on
the whole message (after dropping "please" and similar), never on a word inside
a longer answer: "I don't know the exact date, March 2024" is an answer.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from bot.parsing.normalize import match_key, squeeze
from bot.parsing.vocabulary import (CONTROL_EMOJI, EMOJI_MODIFIERS, base_language,
                                    with_english_fallback)

CONTROL_KEYS = ("skip", "dont_know", "tell_lawyer")
_MAX_CONTROL_CHARS = 120


def _phrases(lang: object) -> tuple[dict[str, str], tuple[str, ...]]:
    return _phrases_of(base_language(lang))


@lru_cache(maxsize=None)
def _phrases_of(lang: str) -> tuple[dict[str, str], tuple[str, ...]]:
    """(squeezed phrase -> control key, polite fillers longest first)."""
    table: dict[str, str] = {}
    fillers: set[str] = set()
    for vocab in reversed(with_english_fallback(lang)):   # the language's own entries win
        for key, phrases in vocab.control_words.items():
            table.update({squeeze(phrase): key for phrase in phrases})
        fillers |= {squeeze(filler) for filler in vocab.polite_fillers}
    return table, tuple(sorted(fillers, key=len, reverse=True))


def strip_fillers(key: str, fillers: tuple[str, ...]) -> str:
    """Drop "please", "ok", "por favor"... from both ends of a matching key."""
    changed = True
    while changed and key:
        changed = False
        for filler in fillers:
            if key == filler:
                return ""
            if key.startswith(filler + " "):
                key, changed = key[len(filler) + 1:], True
            elif key.endswith(" " + filler):
                key, changed = key[:-len(filler) - 1], True
    return key


def control_key(text: str, lang: str) -> str:
    """The squeezed, filler-free key control phrases are compared with."""
    _, fillers = _phrases(lang)
    return strip_fillers(squeeze(match_key(text)), fillers)


def _emoji_control(text: str) -> Optional[str]:
    symbols = {char for char in text if not char.isspace() and char not in EMOJI_MODIFIERS}
    keys = {CONTROL_EMOJI.get(char) for char in symbols}
    return keys.pop() if len(keys) == 1 and None not in keys else None


def match_control_word(text: str, lang: str) -> str | None:
    """"skip", "dont_know" or "tell_lawyer" when the whole message means it, else None.

    English phrases count in every language. Never raises.
    """
    if not isinstance(text, str) or not text.strip() or len(text) > _MAX_CONTROL_CHARS:
        return None
    table, _ = _phrases(lang)
    key = control_key(text, lang)
    if key:
        return table.get(key)
    return _emoji_control(text)


def starts_with_control_phrase(key: str, lang: str) -> bool:
    """True for "no se si..." or "not sure, maybe": a control phrase leads the text."""
    table, _ = _phrases(lang)
    return any(key == phrase or key.startswith(phrase + " ") for phrase in table)
