"""The catalogs cannot drift: the template matches the code, every locale is
complete, placeholders match, and each compiled catalog loads."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import textstat
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from bot.i18n.catalog import LOCALES_DIR, translations
from bot.i18n.languages import LANGUAGES, SOURCE_LANGUAGE

PROJECT = LOCALES_DIR.parent
PLACEHOLDER = re.compile(r"\{\w*\}")
LENGTH_FACTOR, LENGTH_SLACK = 1.6, 20
TRANSLATED = [language.code for language in LANGUAGES if language.code != SOURCE_LANGUAGE]


def read(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


def ids(catalog) -> set[str]:
    return {message.id for message in catalog if message.id}


def test_template_matches_the_code(tmp_path):
    """Like SecureDrop's check-strings: re-extract and compare with what is committed."""
    fresh = tmp_path / "messages.pot"
    subprocess.run(
        [str(Path(sys.executable).with_name("pybabel")), "extract", "-F", "babel.cfg",
         "-k", "N_", "--no-location", "-o", str(fresh), "."],
        cwd=PROJECT, check=True, capture_output=True)
    missing = ids(read(fresh)) - ids(read(LOCALES_DIR / "messages.pot"))
    stale = ids(read(LOCALES_DIR / "messages.pot")) - ids(read(fresh))
    assert not missing, f"strings not in locales/messages.pot (run `make i18n`): {sorted(missing)[:5]}"
    assert not stale, f"strings no longer in the code (run `make i18n`): {sorted(stale)[:5]}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_locale_is_complete_and_consistent(code):
    catalog = read(LOCALES_DIR / code / "LC_MESSAGES" / "messages.po")
    template = ids(read(LOCALES_DIR / "messages.pot"))
    assert ids(catalog) == template, "catalog out of date with the template: run `make i18n`"
    assert not catalog.fuzzy, "the catalog header is marked fuzzy"
    for message in catalog:
        if not message.id:
            continue
        assert message.string, f"untranslated: {message.id!r}"
        assert not message.fuzzy, f"fuzzy: {message.id!r}"
        assert sorted(PLACEHOLDER.findall(message.id)) == sorted(
            PLACEHOLDER.findall(message.string)), f"placeholders differ: {message.id!r}"
        assert message.string.count("\n") <= message.id.count("\n") + 1, message.id


@pytest.mark.parametrize("code", TRANSLATED)
def test_compiled_catalog_translates(code):
    catalog = read(LOCALES_DIR / code / "LC_MESSAGES" / "messages.po")
    message = next(m for m in catalog if m.id)
    assert translations(code).gettext(message.id) == message.string


def _budget(english: str) -> int:
    """Longest translation allowed: see "Length budget" in locales/README.md."""
    return int(LENGTH_FACTOR * len(english)) + LENGTH_SLACK


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_fit_the_sms_budget(code):
    catalog = read(LOCALES_DIR / code / "LC_MESSAGES" / "messages.po")
    too_long = [(message.id, len(message.string), _budget(message.id))
                for message in catalog
                if message.id and message.string and len(message.string) > _budget(message.id)]
    assert not too_long, too_long[:5]


@pytest.mark.parametrize("code", TRANSLATED)
def test_plural_forms_and_formats_are_valid(code):
    """Babel's own checkers: the Plural-Forms header fits the locale, every plural
    message has that many forms, and format strings match the source."""
    catalog = read(LOCALES_DIR / code / "LC_MESSAGES" / "messages.po")
    assert catalog.plural_forms == Catalog(locale=code).plural_forms
    problems = [(message.id, [str(error) for error in errors])
                for message, errors in catalog.check() if errors]
    assert not problems, problems[:5]


def test_english_source_reads_at_grade_eight_or_lower():
    """Plain words for readers in distress: Flesch-Kincaid grade of the whole English
    source at most 8, and no single long message above grade 11."""
    texts = [PLACEHOLDER.sub("", message.id) for message in read(LOCALES_DIR / "messages.pot")
             if message.id]
    sentences = [text if text.rstrip().endswith((".", "?", "!", ":")) else f"{text}."
                 for text in texts]
    overall = textstat.flesch_kincaid_grade("\n".join(sentences))
    print(f"\nEnglish source: Flesch-Kincaid grade {overall}")
    assert overall <= 8
    hard = [(textstat.flesch_kincaid_grade(text), text) for text in sentences
            if len(text.split()) >= 12 and textstat.flesch_kincaid_grade(text) > 11]
    assert not hard, hard[:3]
