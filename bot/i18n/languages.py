"""The one list of languages the assistant speaks.

Everything that depends on the set of languages (catalogs, NLU files, the
language menu, tests) reads ``LANGUAGES``; adding a language starts here.
"""
from __future__ import annotations

from dataclasses import dataclass

from babel import Locale


@dataclass(frozen=True)
class Language:
    code: str            # catalog folder under locales/ and the value stored on a case
    babel_locale: str    # CLDR locale used for dates, numbers and display names
    rtl: bool = False

    @property
    def native_name(self) -> str:
        """The language named in itself ("Español"), for the language menu."""
        name = Locale.parse(self.code).get_display_name(self.code)
        return name[:1].upper() + name[1:]


LANGUAGES: tuple[Language, ...] = (
    Language("en", "en_US"),
    Language("es", "es"),
)
SOURCE_LANGUAGE = "en"
LANGUAGES_BY_CODE = {language.code: language for language in LANGUAGES}


def supported(code: str | None) -> str:
    """Return ``code`` when we speak it, else the source language."""
    return code if code in LANGUAGES_BY_CODE else SOURCE_LANGUAGE


def babel_locale(code: str) -> str:
    return LANGUAGES_BY_CODE[supported(code)].babel_locale
