"""Every question exists everywhere it must, and nothing exists without one.

For each question of the interview definition: its answer has a home in storage
(answers are keyed by question id), its prompt, help, example and choices are in
every catalog, and the handoff report has a row for it; conversely every report
row and every catalog entry belongs to something in the code.
"""
from __future__ import annotations

import datetime as dt

import pytest
from babel.messages.pofile import read_po

from bot.channels.keywords import HELP, KEYWORDS, OPT_IN, OPT_OUT
from bot.i18n.catalog import LOCALES_DIR
from bot.i18n.languages import LANGUAGES, SOURCE_LANGUAGE
from bot.interview.questions import QUESTIONS
from bot.interview.sections import SECTIONS
from bot.parsing.vocabulary import vocabulary_for
from bot.report.handoff import build_handoff
from bot.storage.records import CaseRecord

NOW = dt.datetime(2025, 6, 15, tzinfo=dt.timezone.utc)
PROJECT = LOCALES_DIR.parent


def question_texts(question) -> list[str]:
    texts = [question.prompt, question.help, question.label]
    texts += [question.example] if question.example else []
    texts += [choice.label for choice in question.choices]
    return texts


def empty_report() -> dict:
    case = CaseRecord(id=1, reference="PI-TEST-CASE", sender_id="x", channel="rest",
                      language="en", status="active", state={}, created_at=NOW,
                      updated_at=NOW, last_activity_at=NOW, consent_at=NOW, completed_at=None)
    return build_handoff(case, {}, [], [], generated_at=NOW)


def test_every_question_has_its_texts_in_every_catalog():
    for language in LANGUAGES:
        if language.code == SOURCE_LANGUAGE:
            continue
        with (LOCALES_DIR / language.code / "LC_MESSAGES" / "messages.po").open("rb") as handle:
            translated = {m.id: m.string for m in read_po(handle) if m.id}
        for question in QUESTIONS:
            for text in question_texts(question):
                assert translated.get(text), f"{language.code}: {question.id}: {text!r}"
        for section in SECTIONS:
            assert translated.get(section.title), f"{language.code}: section {section.key}"


def test_every_question_has_one_place_in_the_report_and_nothing_else_does():
    report = empty_report()
    rows = [q["id"] for section in report["sections"] for q in section["questions"]]
    assert sorted(rows) == sorted(q.id for q in QUESTIONS)
    assert len(rows) == len(set(rows))
    by_section = {s["key"]: [q["id"] for q in s["questions"]] for s in report["sections"]}
    for question in QUESTIONS:
        assert question.id in by_section[question.section]


def test_question_ids_fit_the_answer_store():
    """Answers are stored under the question id; ids must fit its column."""
    from bot.storage.models import AnswerRow

    width = AnswerRow.__table__.c.question_id.type.length
    assert all(len(q.id) <= width for q in QUESTIONS)


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_every_language_has_every_per_language_part(language):
    """Adding a language to LANGUAGES without its parts fails here, not in front of
    an applicant: catalog, parser words, NLU training and held-out sets, SMS keywords."""
    if language.code != SOURCE_LANGUAGE:
        assert (LOCALES_DIR / language.code / "LC_MESSAGES" / "messages.po").exists()
    assert vocabulary_for(language.code).language == language.base
    assert (PROJECT / "data" / "nlu" / f"{language.code}.yml").exists()
    assert (PROJECT / "tests" / "nlu" / f"{language.code}.yml").exists()
    assert language.code in KEYWORDS
    assert set(KEYWORDS[language.code]) == {OPT_OUT, OPT_IN, HELP}
