"""Compiled gettext catalogs, loaded once per language.

``make catalogs`` compiles ``locales/<lang>/LC_MESSAGES/messages.po`` into ``.mo``;
a missing compiled catalog is an installation error, not a reason to fall back
silently to English, except for the English source itself.
"""
from __future__ import annotations

import functools
import gettext
from pathlib import Path

from babel.support import Translations

from bot.i18n.languages import SOURCE_LANGUAGE, supported

LOCALES_DIR = Path(__file__).resolve().parent.parent.parent / "locales"
DOMAIN = "messages"


class CatalogMissing(RuntimeError):
    """A supported language has no compiled catalog (run ``make catalogs``)."""


@functools.lru_cache(maxsize=None)
def translations(code: str) -> gettext.NullTranslations:
    """Return the translations for a supported language code."""
    code = supported(code)
    mo = LOCALES_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if not mo.exists():
        if code == SOURCE_LANGUAGE:
            return gettext.NullTranslations()
        raise CatalogMissing(f"{mo} is missing: run `make catalogs`")
    with mo.open("rb") as handle:
        return Translations(handle, domain=DOMAIN)


def gettext_for(code: str):
    """Return a ``gettext`` function bound to one language."""
    return translations(code).gettext
