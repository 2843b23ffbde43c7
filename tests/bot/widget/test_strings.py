"""The widget's own texts come from the catalogs, complete in every language."""
from __future__ import annotations

import pytest

from bot.i18n.languages import LANGUAGES
from bot.widget.strings import WIDGET_STRINGS, widget_strings


@pytest.mark.parametrize("code", [language.code for language in LANGUAGES])
def test_every_language_has_every_text_translated(code):
    strings = widget_strings(code)
    assert strings["language"] == code
    assert set(strings["strings"]) == set(WIDGET_STRINGS)
    assert all(text.strip() for text in strings["strings"].values())
    if code != "en":
        translated = [key for key, text in strings["strings"].items()
                      if text != WIDGET_STRINGS[key]]
        assert len(translated) >= len(WIDGET_STRINGS) - 2, code   # "PDF"-like words may stay
    assert "{clinic}" in strings["strings"]["privacy"]


def test_direction_and_the_language_list():
    arabic = widget_strings("ar")
    assert arabic["dir"] == "rtl" and widget_strings("es")["dir"] == "ltr"
    names = {item["code"]: item["name"] for item in arabic["languages"]}
    assert names["es"] == "Español" and names["ar"] == "العربية"
    assert len(names) == len(LANGUAGES)


def test_an_unknown_language_gets_english():
    assert widget_strings("xx")["language"] == "en"
    assert widget_strings("xx")["strings"]["send"] == "Send"
