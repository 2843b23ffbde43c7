"""docs/handoff-report.schema.json: built reports match it, and it is strict."""
from __future__ import annotations

import copy

import pytest
from jsonschema import Draft202012Validator

from bot.interview.model import AnswerStatus, AnswerType
from bot.report.handoff import EVIDENCE_STATUSES, QUESTION_STATUSES, SCHEMA_VERSION
from bot.report.schema import (
    SCHEMA_PATH,
    ReportSchemaError,
    load_schema,
    report_errors,
    validate_report,
)

from .handoff_fixtures import question


def test_schema_is_a_valid_draft_2020_12_schema():
    assert SCHEMA_PATH.name == "handoff-report.schema.json"
    Draft202012Validator.check_schema(load_schema())


def test_schema_agrees_with_the_code():
    defs = load_schema()["$defs"]
    assert load_schema()["properties"]["schema_version"]["const"] == SCHEMA_VERSION
    assert defs["questionStatus"]["enum"] == list(QUESTION_STATUSES)
    assert defs["answerStatus"]["enum"] == [s.value for s in AnswerStatus]
    assert defs["evidence"]["properties"]["status"]["enum"] == list(EVIDENCE_STATUSES)
    assert sorted(defs["answerType"]["enum"]) == sorted(t.value for t in AnswerType)


def test_every_fixture_report_is_valid(any_report):
    assert report_errors(any_report) == []
    validate_report(any_report)


def _broken(report: dict, change) -> list[str]:
    broken = copy.deepcopy(report)
    change(broken)
    return report_errors(broken)


@pytest.mark.parametrize("change,where", [
    (lambda r: r.update(extra=1), "/"),
    (lambda r: r["case"].update(sender_id="+15005550006"), "/case"),
    (lambda r: r["flags"].pop("completed"), "/flags"),
    (lambda r: r["sections"][0]["questions"][0].update(status="done"),
     "/sections/0/questions/0/status"),
    (lambda r: r["evidence"][0].update(status="unknown"), "/evidence/0/status"),
    (lambda r: r["events"][0].update(detail={"text": "x"}), "/events/0"),
    (lambda r: r.update(generated_at="2025-03-09 08:30"), "/generated_at"),
    (lambda r: r.update(schema_version="0.9"), "/schema_version"),
])
def test_strictness(complete_report, change, where):
    problems = _broken(complete_report, change)
    assert problems and any(p.startswith(where) for p in problems)


@pytest.mark.parametrize("question_id,bad_value", [
    ("denial_date", "15/01/2025"),
    ("denial_date", "2025-02-30"),
    ("treatment_cost", {"amount": "1,500", "currency": "USD"}),
    ("treatment_cost", {"amount": "1500", "currency": "dollars"}),
    ("children_count", "two"),
    ("safe_to_message", "yes"),
    ("receipt_number", "12345"),
    ("costs", [{"amount": "1", "currency": "USD"}]),
    ("dependents", [{"name": "Ana"}]),
    ("chronology", [{"date": "ayer", "text": "x"}]),
    ("denial_grounds", "urgency"),
])
def test_values_must_have_their_type_shape(complete_report, question_id, bad_value):
    def change(report):
        question(report, question_id)["value"] = bad_value
    assert _broken(complete_report, change)


def test_unanswered_questions_carry_no_value(first_request_report):
    def give_value(report):
        question(report, "denial_date").update(value="2025-01-01", display="2025-01-01")
    def give_words(report):
        question(report, "full_name").update(raw_text="x")
    assert _broken(first_request_report, give_value)
    assert _broken(first_request_report, give_words)


def test_validation_error_names_the_place_but_not_the_value(complete_report):
    secret = "cáncer-secreto-42"
    broken = copy.deepcopy(complete_report)
    question(broken, "children_count")["value"] = secret
    with pytest.raises(ReportSchemaError) as raised:
        validate_report(broken)
    message = str(raised.value)
    assert "/sections/2/questions/4/value" in message
    assert secret not in message
