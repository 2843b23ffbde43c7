"""Whole reports on the real interview: valid in every language, complete when
everything is answered, and everything missing (not crashing) when all is skipped."""
from __future__ import annotations

import json

from bot.interview.evidence import EVIDENCE_ITEMS
from bot.interview.sections import SECTIONS
from bot.report.handoff import SCHEMA_VERSION
from bot.report.html import render_html
from bot.report.schema import report_errors

from .handoff_fixtures import SENDER_ID


def test_every_real_report_is_valid_plain_json(any_real_report):
    assert any_real_report["schema_version"] == SCHEMA_VERSION == "2.0"
    assert report_errors(any_real_report) == []
    assert json.loads(json.dumps(any_real_report)) == any_real_report
    assert SENDER_ID not in json.dumps(any_real_report)


def test_answers_in_three_languages_keep_their_words(spanish_report, arabic_report,
                                                     chinese_report):
    for report, language in [(spanish_report, "es"), (arabic_report, "ar"),
                             (chinese_report, "zh_Hans")]:
        assert {row["language"] for row in report["history"]} == {language}
        assert report["case"]["language"] == language


def test_complete_case_answers_every_section(spanish_report):
    answered = {section["key"]: [q["id"] for q in section["questions"]
                                 if q["status"] == "answered"]
                for section in spanish_report["sections"]}
    assert [key for key, ids in answered.items() if ids] == [s.key for s in SECTIONS]
    statuses = {q["status"] for s in spanish_report["sections"] for q in s["questions"]}
    assert statuses == {"answered", "not_asked"}
    assert spanish_report["case"]["status"] == "completed"
    assert [f["key"] for f in spanish_report["summary"]["flags"]] == [
        "urgent", "sensitive_history", "minor_patient"]
    assert len(spanish_report["documents"]) == 4


def test_everything_skipped_is_valid_and_everything_missing(skipped_real_report):
    report = skipped_real_report
    assert report_errors(report) == []
    statuses = {q["status"] for s in report["sections"] for q in s["questions"]}
    assert statuses <= {"skipped", "not_asked"}
    assert {e["status"] for e in report["elements"]} == {"missing"}
    documents = [e for e in report["evidence"] if e["is_document"]]
    assert len(documents) == sum(1 for item in EVIDENCE_ITEMS if item.is_document)
    assert {e["checklist"] for e in documents} <= {"need", "not_applicable"}
    assert "need" in {e["checklist"] for e in documents}
    assert report["summary"]["who"]["patient_name"]["status"] == "skipped"
    assert report["summary"]["when"]["days_left"] is None
    assert [f["key"] for f in report["summary"]["flags"]] == ["unfinished"]
    assert report["people"] == [] and report["documents"] == []
    page = render_html(report)
    assert "No dated answers yet." in page and "No documents received." in page
