"""The one list of languages the assistant speaks.

Everything that depends on the set of languages (catalogs, NLU files, the
language menu, vocabularies, tests) reads ``LANGUAGES``; adding a language
starts here. The order is the menu's order: the priority of the people we serve
(see domain-notes), so "1" is Spanish on every menu and English comes last.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from babel import Locale


@dataclass(frozen=True)
class Language:
    code: str            # catalog folder under locales/ and the value stored on a case
    english_name: str    # for staff: report labels and the dashboard are English
    aliases: tuple[str, ...] = ()   # what people call it besides CLDR's names

    @functools.cached_property
    def locale(self) -> Locale:
        """The CLDR locale for dates, numbers, plural rules and display names (parsed
        once: every render and every detection asks for it)."""
        return Locale.parse(self.code)

    @property
    def babel_locale(self) -> str:
        return str(self.locale)

    @property
    def base(self) -> str:
        """The language without region or script: "pt" for pt_BR, "fa" for Dari."""
        return self.locale.language

    @property
    def rtl(self) -> bool:
        return self.locale.character_order == "right-to-left"

    @property
    def direction(self) -> str:
        """The HTML ``dir`` value."""
        return "rtl" if self.rtl else "ltr"

    @property
    def native_name(self) -> str:
        """The language named in itself ("Español", "دری"), for the language menu.

        CLDR names some variants on their own (fa_AF is "دری", Dari, not "Persian
        (Afghanistan)"); otherwise the base language's name.
        """
        names = self.locale.languages
        name = names.get(self.code) or names[self.base]
        return name[:1].upper() + name[1:]


LANGUAGES: tuple[Language, ...] = (
    Language("es", "Spanish"),
    Language("ht", "Haitian Creole", ("kreyol", "kreyòl", "creole", "créole",
                                      "creole haitien", "créole haïtien")),
    Language("fr", "French"),
    Language("pt_BR", "Portuguese (Brazil)", ("portuguese", "brasileiro", "portugues do brasil")),
    Language("uk", "Ukrainian"),
    Language("ru", "Russian"),
    Language("ar", "Arabic"),
    Language("fa_AF", "Dari", ("farsi", "persian", "dari", "دري")),
    Language("ps", "Pashto"),
    Language("zh_Hans", "Chinese (Simplified)", ("chinese", "mandarin", "中文", "汉语", "普通话",
                                                 "简体")),
    Language("vi", "Vietnamese"),
    Language("en", "English"),
)
SOURCE_LANGUAGE = "en"
LANGUAGES_BY_CODE = {language.code: language for language in LANGUAGES}


def supported(code: str | None) -> str:
    """Return ``code`` when we speak it, else the source language."""
    return code if code in LANGUAGES_BY_CODE else SOURCE_LANGUAGE


def language(code: str | None) -> Language:
    """The ``Language`` for ``code`` (the source language when we do not speak it)."""
    return LANGUAGES_BY_CODE[supported(code)]


def babel_locale(code: str) -> str:
    return language(code).babel_locale
