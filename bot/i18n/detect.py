"""The language of an opening message, offline, or "not sure" so we can ask.

A wrong guess makes a frightened person read a language they do not know, so
the guess is careful and steps from the most certain evidence to the least:

1. the message names a language ("français", "русский", "in English");
2. the writing system: Chinese characters; Cyrillic with letters only Ukrainian
   (і ї є ґ) or only Russian (ы э ъ ё) has; Arabic script with Pashto letters
   (ټ ډ ړ ښ ...); Vietnamese tone letters (ơ ư đ ạ ...);
3. words: greetings and common first words from each language's vocabulary
   (``Vocabulary.openers`` and the yes/no/control words), counted per language;
   the clear winner among the languages of that script wins;
4. letters that lean but do not decide: Persian letters Dari uses and Arabic does
   not (پ چ ژ گ ی ک, though Pashto has some), Arabic-only spellings (ة ي ى);
5. for longer text, py3langid (langid.py's model, shipped inside the package, no
   download), trusted only when its first choice among all 97 languages it
   knows is one of ours for that script and it is confident.

Anything else (one ambiguous word, emoji, an unsupported language, Arabic
typed in Latin letters with no known word) returns None: the caller shows
the language menu, which names every language in itself.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import Optional

from babel import Locale

from bot.i18n.languages import LANGUAGES, LANGUAGES_BY_CODE
from bot.parsing.normalize import match_key
from bot.parsing.vocabulary import vocabulary_for

# Base language codes (as py3langid and the vocabularies name them) per script.
_SCRIPT_LANGUAGES = {
    "latin": ("en", "es", "fr", "pt", "ht", "vi"),
    "cyrillic": ("uk", "ru"),
    "arabic": ("ar", "fa", "ps"),
    "han": ("zh",),
}
_LETTER_RULES = (   # (letters, language): any of these letters decides, in this order
    ("іїєґІЇЄҐ", "uk"),
    ("ыэъёЫЭЪЁ", "ru"),
    ("ټډړږښګڼېۍ", "ps"),
    # Not â ê ô: French and Portuguese have them too.
    ("ăđơưĂĐƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ", "vi"),
    ("ñ¿¡", "es"),
    ("ãõ", "pt"),
)
# Letters that lean one way but do not decide: Pashto writes ی and ک too, and some
# Dari keyboards type the Arabic ي and ك. Counted after words.
_LEANING_LETTERS = (
    ("پچژگیک", "fa"),
    ("ةيىكإأ", "ar"),
)
_MIN_LANGID_WORDS = 3
_MIN_LANGID_PROBABILITY = 0.95
_FILLERS = ("en ", "in ", "please ", "por favor ", "na ", "em ", "an ", "bằng ", "用")


def fold(text: str) -> str:
    """Lower case without accents, for matching words typed on any keyboard."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _code_for_base(base: str) -> Optional[str]:
    """"pt" -> "pt_BR": the catalog code we speak for a base language."""
    return next((language.code for language in LANGUAGES if language.base == base), None)


def _script(text: str) -> Optional[str]:
    """The writing system most letters of ``text`` are in, or None without letters."""
    counts: dict[str, int] = {}
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        if name.startswith("CJK"):
            script = "han"
        elif name.startswith("CYRILLIC"):
            script = "cyrillic"
        elif name.startswith("ARABIC"):
            script = "arabic"
        elif name.startswith("LATIN"):
            script = "latin"
        else:
            script = "other"
        counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    return max(counts, key=counts.__getitem__)


def _by_letters(text: str, candidates: tuple[str, ...],
                rules: tuple[tuple[str, str], ...] = _LETTER_RULES) -> Optional[str]:
    for letters, base in rules:
        if base in candidates and any(char in letters for char in text):
            return base
    return None


def _by_leaning_letters(text: str, candidates: tuple[str, ...]) -> Optional[str]:
    return _by_letters(text, candidates, _LEANING_LETTERS)


@functools.lru_cache(maxsize=None)
def _lexicon(base: str) -> frozenset[str]:
    """Words and phrases that point to one language in an opening message."""
    table = vocabulary_for(base)
    if table.language != base:   # no table yet: the English one would answer for it
        return frozenset()
    words = set(table.openers) | table.yes | table.no
    for phrases in table.control_words.values():
        words |= phrases
    return frozenset(words)


def _by_words(text: str, candidates: tuple[str, ...]) -> Optional[str]:
    """The candidate whose known words cover most of the message, if one clearly does."""
    tokens = match_key(text).split()
    if not tokens:
        return None
    grams = set(tokens) | {" ".join(pair) for pair in zip(tokens, tokens[1:])}
    grams |= {" ".join(triple) for triple in zip(tokens, tokens[1:], tokens[2:])}
    grams.add(" ".join(tokens))
    scores = sorted(((len(grams & _lexicon(base)), base) for base in candidates), reverse=True)
    best, runner_up = scores[0], scores[1] if len(scores) > 1 else (0, "")
    return best[1] if best[0] > runner_up[0] else None


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)


def _by_model(text: str, candidates: tuple[str, ...]) -> Optional[str]:
    """py3langid, when the text is long enough, its overall first choice is one of
    the candidates (not German or Italian), and it is sure among the candidates."""
    if len(text.split()) < _MIN_LANGID_WORDS:
        return None
    ranked = _identifier().rank(text)   # every language of the model, most likely first
    if not ranked or ranked[0][0] not in candidates:
        return None
    scores = {base: float(score) for base, score in ranked if base in candidates}
    total = sum(scores.values())
    best = ranked[0][0]
    return best if total > 0 and scores[best] / total >= _MIN_LANGID_PROBABILITY else None


def detect_language(text: Optional[str]) -> Optional[str]:
    """The catalog code ``text`` is written in ("fr", "pt_BR", "fa_AF"), or None if unsure."""
    if not text or not text.strip():
        return None
    named = language_named(text)
    if named:
        return named
    candidates = _SCRIPT_LANGUAGES.get(_script(text) or "", ())
    if len(candidates) <= 1:
        return _code_for_base(candidates[0]) if candidates else None
    for rule in (_by_letters, _by_words, _by_leaning_letters, _by_model):
        base = rule(text, candidates)
        if base:
            return _code_for_base(base)
    return None


def _name_key(text: str) -> str:
    """"Português (Brasil)" -> "portugues brasil": how names and messages are compared."""
    return " ".join(fold(re.sub(r"[^\w\s]", " ", text or "")).split())


def _names() -> dict[str, str]:
    """Every supported language's name in every supported language -> its code."""
    names: dict[str, str] = {}
    for language in LANGUAGES:
        for name in (language.code, language.native_name, language.english_name,
                     *language.aliases):
            names[_name_key(name)] = language.code
        for other in LANGUAGES:
            locale = Locale.parse(other.babel_locale)
            for key in {language.code, language.base}:
                name = locale.languages.get(key)
                if name:
                    names.setdefault(_name_key(name), language.code)
    return names


_LANGUAGE_NAMES = _names()
_CODES = frozenset(_name_key(language.code) for language in LANGUAGES) | frozenset(
    language.base for language in LANGUAGES)


def language_named(text: str) -> Optional[str]:
    """The language code when ``text`` is just a language's name ("español", "دری")."""
    key = _name_key(text)
    for filler in _FILLERS:
        if key.startswith(filler):
            key = key[len(filler):].strip()
    code = _LANGUAGE_NAMES.get(key)
    return code if code in LANGUAGES_BY_CODE else None


def language_mentioned(text: str) -> Optional[str]:
    """The one language a request names anywhere ("quiero hablar en francés" -> "fr").

    Only for messages the NLU already read as a request to change language: in an
    answer, "my daughter speaks English" names a language without asking for it.
    Codes ("en", "es") are not names here: they are ordinary words in some languages.
    """
    words = _name_key(text).split()
    found = set()
    for size in (1, 2, 3):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start:start + size])
            code = _LANGUAGE_NAMES.get(phrase)
            if code and phrase not in _CODES:
                found.add(code)
    return found.pop() if len(found) == 1 else None
