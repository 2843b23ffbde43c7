"""Yes/no answers in the applicant's words: "sí", "si", "claro", "yep", "nope", 👍.

Digits are left out on purpose: "1"/"2" belong to the numbered choice list the
engine shows and handles itself. An answer that starts with a yes or no word
counts ("yes, I have it"); one that says both ("yes and no", "sí, no") or opens
with "no sé" / "not sure" does not, and the engine asks again.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from bot.parsing.control_words import control_key, match_control_word, starts_with_control_phrase
from bot.parsing.errors import ParseError
from bot.parsing.normalize import match_key, squeeze
from bot.parsing.text import clean_text
from bot.parsing.vocabulary import (EMOJI_MODIFIERS, NO_EMOJI, YES_EMOJI, base_language,
                                    with_english_fallback)

_BUT = frozenset({"but", "pero"})


@lru_cache(maxsize=None)
def _connectors(lang: str) -> frozenset[str]:
    """"and", "or", "but" in the language and English: "так і ні" contradicts itself."""
    words = set(_BUT)
    for vocab in with_english_fallback(lang):
        words |= vocab.list_connectors | vocab.number_joiners
    return frozenset(squeeze(word) for word in words)


def _phrases(lang: object) -> tuple[tuple[str, bool], ...]:
    return _phrases_of(base_language(lang))


@lru_cache(maxsize=None)
def _phrases_of(lang: str) -> tuple[tuple[str, bool], ...]:
    """(squeezed phrase, answer), longest first; the language's own words win."""
    table: dict[str, bool] = {}
    for vocab in reversed(with_english_fallback(lang)):
        table.update({squeeze(phrase): True for phrase in vocab.yes})
        table.update({squeeze(phrase): False for phrase in vocab.no})
    return tuple(sorted(table.items(), key=lambda item: len(item[0]), reverse=True))


def _emoji_answers(text: str) -> set[bool]:
    answers = set()
    for char in text:
        if char in YES_EMOJI:
            answers.add(True)
        elif char in NO_EMOJI:
            answers.add(False)
    return answers


def _only_emoji(text: str) -> bool:
    return all(char.isspace() or char in EMOJI_MODIFIERS or char in YES_EMOJI
               or char in NO_EMOJI for char in text)


def _leading_answer(key: str, lang: str) -> Optional[bool]:
    if not key:
        return None
    phrases = _phrases(lang)
    for phrase, answer in phrases:
        if key == phrase:
            return answer
        if key.startswith(phrase + " "):
            rest = key[len(phrase) + 1:].split()
            while rest and rest[0] in _connectors(lang):
                rest.pop(0)
            rest_key = " ".join(rest)
            contradicts = any(rest_key == other or rest_key.startswith(other + " ")
                              for other, other_answer in phrases if other_answer != answer)
            return None if contradicts else answer
    return None


def parse_yes_no(text: str, lang: str) -> bool:
    """True for yes, False for no; ParseError("yes_no_unknown") otherwise."""
    if isinstance(text, str) and text.strip() and _only_emoji(text):
        emoji = _emoji_answers(text)
        if len(emoji) == 1:
            return emoji.pop()
        raise ParseError("yes_no_unknown")
    cleaned = clean_text(text)
    if match_control_word(cleaned, lang) is not None:
        raise ParseError("yes_no_unknown")
    plain = squeeze(match_key(cleaned))          # keeps "ok", which is also a filler
    if not plain or starts_with_control_phrase(plain, lang):
        raise ParseError("yes_no_unknown")
    answer = _leading_answer(plain, lang)
    if answer is None:
        answer = _leading_answer(control_key(cleaned, lang), lang)   # "um, yes please"
    emoji = _emoji_answers(cleaned)
    if answer is None or (emoji and emoji != {answer}):
        raise ParseError("yes_no_unknown")
    return answer
