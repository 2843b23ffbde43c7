"""A first guess at the language of an opening message.

English and Spanish only for now: Spanish punctuation and letters, or common
Spanish words, win; anything else is English. The welcome always offers the
language menu, so a wrong guess costs one reply.
"""
from __future__ import annotations

import re
import unicodedata

from babel import Locale

from bot.i18n.languages import LANGUAGES, LANGUAGES_BY_CODE, SOURCE_LANGUAGE

_SPANISH_WORDS = frozenset(
    "hola buenas buenos dias tardes noches necesito ayuda quiero gracias por favor mi "
    "hijo hija madre padre esposo esposa tengo tiene estoy para que como donde cuando "
    "permiso humanitario negaron nego negado medico tratamiento enfermedad si "
    "espanol senor senora usted".split())
# Accented vowels alone are not enough: English writers have names like José.
_SPANISH_MARKS = re.compile("[¿¡ñÑ]")


def fold(text: str) -> str:
    """Lower case without accents, for matching words typed on any keyboard."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def guess_language(text: str) -> str:
    """Return the code of the language ``text`` is most likely written in."""
    named = language_named(text)
    if named:
        return named
    if _SPANISH_MARKS.search(text or ""):
        return "es"
    words = re.findall(r"\w+", fold(text or ""))
    if any(word in _SPANISH_WORDS for word in words):
        return "es"
    return SOURCE_LANGUAGE


def _names() -> dict[str, str]:
    """Every supported language's name in every supported language -> its code."""
    names: dict[str, str] = {}
    for language in LANGUAGES:
        names[language.code] = language.code
        for other in LANGUAGES:
            name = Locale.parse(language.babel_locale).get_language_name(other.babel_locale)
            names[fold(name)] = language.code
    return names


_LANGUAGE_NAMES = _names()


def language_named(text: str) -> str | None:
    """The language code when ``text`` is just a language's name ("español")."""
    key = fold(re.sub(r"[^\w\s]", " ", text or "")).strip()
    for filler in ("en ", "in ", "please ", "por favor "):
        if key.startswith(filler):
            key = key[len(filler):].strip()
    code = _LANGUAGE_NAMES.get(key)
    return code if code in LANGUAGES_BY_CODE else None
