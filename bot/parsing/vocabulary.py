"""Per-language words the parsers recognise, one table per language.

Each language is one module in ``bot/parsing/vocabularies/`` (``fr.py``) that
defines ``VOCABULARY``; adding a language is adding that file, and every parser
looks its words up through ``vocabulary_for``. Phrases are written as people type
them and reduced to matching keys (``normalize.match_key``) when the table is
built, so accents and case do not matter. An unknown language gets the English
table; English phrases are also accepted as a fallback in every language where a
parser says so (applicants mix "ok" and "skip" into Spanish).
"""
from __future__ import annotations

import functools
import importlib
import pkgutil
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Iterable, Mapping, Optional

from bot.parsing.normalize import match_key

FALLBACK_LANGUAGE = "en"
AMBIGUOUS_PESO = "peso"   # "pesos" without a country: MXN, COP, CUP, DOP, ...


def keys(*phrases: str) -> frozenset[str]:
    """Phrases as matching keys, for the word sets of a table."""
    return frozenset(match_key(phrase) for phrase in phrases)


def mapping(table: Mapping[str, object]) -> Mapping:
    """A read-only mapping whose keys are matching keys."""
    return MappingProxyType({match_key(word): value for word, value in table.items()})


def ordinals(words: Iterable[str], abbreviations: Iterable[str]) -> dict[str, int]:
    """Ordinal words ("second/segunda") and abbreviations ("2nd/2da") by value 1..10."""
    table: dict[str, int] = {}
    for value, (group, short) in enumerate(zip(words, abbreviations), 1):
        for word in group.split("/") + short.split("/"):
            if word:
                table[word] = value
    return table


@dataclass(frozen=True)
class Vocabulary:
    """Everything language-specific a parser needs (all keys are match keys)."""

    language: str                     # base language code: "es", "pt", "fa", "zh"
    babel_locale: str                 # numbers and month names
    date_order: str                   # dateparser DATE_ORDER for "03/12/2025"
    date_language: Optional[str]      # dateparser's language code; None when it has none
    yes: frozenset[str]
    no: frozenset[str]
    numbers: Mapping[str, int]        # number words 0..100 (Spanish: hundreds too)
    number_joiners: frozenset[str]    # "treinta y dos"
    ordinals: Mapping[str, int]       # "second", "segunda"
    zero_words: frozenset[str]        # "none" for a count
    all_words: frozenset[str]         # "all of them" for a multi-choice
    list_connectors: frozenset[str]   # "1 and 3"
    choice_fillers: frozenset[str]    # "option 2", "the second one"
    stopwords: frozenset[str]         # ignored when matching choice labels
    multipliers: Mapping[str, int]    # "20 mil", "2k"
    currency_words: Mapping[str, str]  # phrase -> ISO code or AMBIGUOUS_PESO
    control_words: Mapping[str, frozenset[str]]  # skip / dont_know / tell_lawyer
    polite_fillers: frozenset[str]    # "please", "por favor"
    relative_date_words: frozenset[str]
    date_prepositions: frozenset[str]  # "in may": the month, not the verb
    openers: frozenset[str]           # greetings and first words that name the language
    ambiguous_month_words: frozenset[str] = field(default_factory=frozenset)
    # Month names dateparser does not know (Haitian Creole "mas"), by month number.
    month_words: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))


@functools.lru_cache(maxsize=None)
def _tables() -> Mapping[str, Vocabulary]:
    """Every ``VOCABULARY`` in ``bot/parsing/vocabularies``, by language code."""
    from bot.parsing import vocabularies

    tables = {}
    for module in pkgutil.iter_modules(vocabularies.__path__):
        table = importlib.import_module(f"{vocabularies.__name__}.{module.name}").VOCABULARY
        tables[table.language] = table
    return MappingProxyType(tables)


def base_language(lang: object) -> str:
    """"es-MX", "es_419", "ES", "pt_BR" -> "es"/"pt"; anything unknown or malformed -> "en"."""
    if not isinstance(lang, str):
        return FALLBACK_LANGUAGE
    code = lang.strip().replace("_", "-").split("-", 1)[0].lower()
    return code if code in _tables() else FALLBACK_LANGUAGE


def vocabulary_for(lang: object) -> Vocabulary:
    """The table for ``lang`` (the English one when the language has no table)."""
    return _tables()[base_language(lang)]


def with_english_fallback(lang: object) -> tuple[Vocabulary, ...]:
    """The language's table, then English unless it is English already."""
    table = vocabulary_for(lang)
    english = _tables()[FALLBACK_LANGUAGE]
    return (table,) if table is english else (table, english)


def supported_languages() -> tuple[str, ...]:
    return tuple(sorted(_tables()))


# Emoji answers, the same in every language. Skin tones, variation selectors
# and joiners are removed before looking a character up.
YES_EMOJI = frozenset("👍✅✔☑👌🆗")
NO_EMOJI = frozenset("👎❌✖🚫⛔❎")
CONTROL_EMOJI = MappingProxyType({"🤷": "dont_know", "⏭": "skip"})
EMOJI_MODIFIERS = frozenset("\ufe0e\ufe0f\u200d\u2640\u2642") | frozenset(
    chr(code) for code in range(0x1F3FB, 0x1F400))
