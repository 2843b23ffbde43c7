"""build_handoff: statuses, evidence rules, denial grounds, flags, history, privacy."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types

import pytest

from bot.interview.model import AnswerStatus, AnswerType, EvidenceItem, Question
from bot.report.handoff import (
    EVIDENCE_STATUSES,
    QUESTION_STATUSES,
    SCHEMA_VERSION,
    build_handoff,
)
from bot.report.html import render_html
from bot.report.schema import report_errors

from .handoff_fixtures import (
    DEFINITIONS,
    GENERATED_AT,
    QUESTIONS,
    SENDER_ID,
    T0,
    CaseRow,
    Conversation,
    answer_everything,
    complete_conversation,
    evidence,
    question,
)


def test_top_level_shape(complete_report):
    assert list(complete_report) == [
        "schema_version", "generated_at", "case", "summary", "flags", "elements",
        "denial_grounds", "evidence", "documents", "chronology", "budget", "people",
        "sections", "history", "events"]
    assert complete_report["schema_version"] == SCHEMA_VERSION
    assert complete_report["generated_at"] == "2025-03-09T08:30:15Z"


def test_report_is_plain_json(any_report):
    assert json.loads(json.dumps(any_report)) == any_report


def test_case_summary_has_times_in_utc_and_no_sender(complete_report):
    case = dict(complete_report["case"])
    case.pop("review_status"), case.pop("organisation")   # next test
    assert case == {
        "reference": "PX-7Q2K-9M",
        "status": "completed",
        "language": "es",
        "channel": "whatsapp",
        "created_at": "2025-03-01T14:00:00Z",
        "updated_at": "2025-03-01T16:00:00Z",
        "last_activity_at": "2025-03-01T16:00:00Z",
        "consent_at": "2025-03-01T14:01:00Z",
        "completed_at": "2025-03-01T16:00:00Z",
    }
    assert SENDER_ID not in json.dumps(complete_report)


def test_review_status_and_organisation_are_read_when_the_case_has_them():
    plain = types.SimpleNamespace(**{field.name: getattr(CaseRow(), field.name)
                                     for field in dataclasses.fields(CaseRow())})
    for name in ("review_status", "organisation"):
        if hasattr(plain, name):
            delattr(plain, name)
    talk = Conversation(plain)
    assert (talk.report()["case"]["review_status"], talk.report()["case"]["organisation"]) == (
        None, None)
    plain.review_status, plain.organisation = "in_review", "Clínica Legal"
    report = talk.report()
    assert report["case"]["review_status"] == "in_review"
    assert report["case"]["organisation"] == "Clínica Legal"
    assert report_errors(report) == []


def test_naive_times_are_taken_as_utc_and_others_converted():
    eastern = dt.timezone(dt.timedelta(hours=-5))
    case = CaseRow(created_at=dt.datetime(2025, 3, 1, 14, 0),
                   updated_at=dt.datetime(2025, 3, 1, 9, 30, tzinfo=eastern),
                   consent_at=None)
    report = Conversation(case).report()
    assert report["case"]["created_at"] == "2025-03-01T14:00:00Z"
    assert report["case"]["updated_at"] == "2025-03-01T14:30:00Z"
    assert report["case"]["consent_at"] is None


def test_sections_keep_definition_order_and_english_titles(complete_report):
    assert [(s["key"], s["title"]) for s in complete_report["sections"]] == [
        ("welcome", "Welcome"), ("case", "The case"), ("medical", "Medical"),
        ("finances", "Finances"), ("empty", "A section without questions")]
    assert [q["id"] for q in complete_report["sections"][1]["questions"]] == [
        "request_type", "denial_date", "receipt_number", "denial_grounds"]
    assert complete_report["sections"][4]["questions"] == []


def test_answered_question_entry(complete_report):
    assert question(complete_report, "treatment_cost") == {
        "id": "treatment_cost",
        "label": "Treatment cost",
        "type": "money",
        "status": "answered",
        "value": {"amount": "1500.50", "currency": "USD"},
        "display": "1,500.50 USD",
        "raw_text": "1.500,50 dólares",
        "language": "es",
        "answered_at": "2025-03-01T14:15:00Z",
    }


def test_label_falls_back_to_prompt(complete_report):
    assert question(complete_report, "children_count")["label"] == "How many children?"


def test_displays_by_type(complete_report):
    displays = {q: question(complete_report, q)["display"] for q in (
        "safe_to_message", "request_type", "denial_date", "denial_grounds", "chronology",
        "dependents", "children_count", "costs", "has_sponsor_form")}
    assert displays == {
        "safe_to_message": "Yes",
        "request_type": "Responding to a denial",
        "denial_date": "2025-01-15",
        "denial_grounds": ["Not enough money", "Not urgent enough"],
        "chronology": ["2024-11-02: diagnóstico", "2025-02-01: empeoró"],
        "dependents": ["Ana \u2014 hija, 8 años", "Luis"],
        "children_count": "2",
        "costs": ["Vuelo: 820.00 USD", "Hotel: 12,000.00 MXN"],
        "has_sponsor_form": "No",
    }


def test_correction_is_current_and_time_is_of_latest_row(complete_report):
    diagnosis = question(complete_report, "diagnosis")
    assert diagnosis["value"] == "cáncer de mama, etapa 3"
    assert diagnosis["raw_text"] == "perdón: cáncer de mama, etapa 3"
    assert diagnosis["answered_at"] == "2025-03-01T14:10:00Z"


@pytest.mark.parametrize("status", [AnswerStatus.SKIPPED, AnswerStatus.DONT_KNOW,
                                    AnswerStatus.TELL_LAWYER])
def test_non_answers_keep_words_but_no_value(status):
    report = Conversation().skip("diagnosis", status, raw_text="no sé").report()
    entry = question(report, "diagnosis")
    assert (entry["status"], entry["value"], entry["display"]) == (status.value, None, None)
    assert (entry["raw_text"], entry["language"]) == ("no sé", "es")
    assert entry["answered_at"] is not None


def test_missing_and_not_asked(first_request_report):
    assert question(first_request_report, "full_name")["status"] == "missing"
    for qid in ("denial_date", "receipt_number", "denial_grounds"):
        entry = question(first_request_report, qid)
        assert entry["status"] == "not_asked"
        assert [entry[k] for k in ("value", "display", "raw_text", "language", "answered_at")] \
            == [None] * 5


def test_not_asked_wins_over_an_answer_made_moot_by_a_correction():
    talk = Conversation()
    talk.answer("request_type", "refile", "otra vez")
    talk.answer("denial_date", "2025-01-15", "15 de enero")
    talk.answer("request_type", "first", "perdón, es la primera vez")
    report = talk.report()
    assert question(report, "denial_date")["status"] == "not_asked"
    assert question(report, "denial_date")["value"] is None
    moot = [row for row in report["history"] if row["question_id"] == "denial_date"]
    assert moot[0]["value"] == "2025-01-15"


def test_every_status_is_known(any_report):
    statuses = {q["status"] for s in any_report["sections"] for q in s["questions"]}
    assert statuses <= set(QUESTION_STATUSES)
    assert {item["status"] for item in any_report["evidence"]} <= set(EVIDENCE_STATUSES)


# -- evidence ------------------------------------------------------------------

def test_evidence_in_complete_case(complete_report):
    assert {item["key"]: item["status"] for item in complete_report["evidence"]} == {
        "denial_notice": "provided",
        "doctor_letter": "provided",
        "cost_estimate": "provided",
        "sponsor_form": "missing",        # "do you have it?" answered no
        "visa_refusal": "declined",       # tell the lawyer
        "photo_id": "not_asked",          # no question speaks to it
    }
    assert evidence(complete_report, "cost_estimate")["questions"] == ["treatment_cost", "costs"]
    assert evidence(complete_report, "visa_refusal")["is_document"] is False


def test_evidence_all_skipped(all_skipped_report):
    statuses = {item["key"]: item["status"] for item in all_skipped_report["evidence"]}
    assert statuses == {"denial_notice": "skipped", "doctor_letter": "skipped",
                        "cost_estimate": "skipped", "sponsor_form": "skipped",
                        "visa_refusal": "skipped", "photo_id": "not_asked"}


def test_evidence_not_asked_when_no_linked_question_applies(first_request_report):
    assert evidence(first_request_report, "denial_notice")["status"] == "not_asked"
    assert evidence(first_request_report, "doctor_letter")["status"] == "skipped"  # don't know
    assert evidence(first_request_report, "sponsor_form")["status"] == "missing"   # not yet


def test_declined_wins_over_provided():
    report = (Conversation()
              .answer("treatment_cost", {"amount": "10", "currency": "USD"})
              .skip("costs", AnswerStatus.TELL_LAWYER)
              .report())
    assert evidence(report, "cost_estimate")["status"] == "declined"


def test_provided_wins_over_skipped():
    report = (Conversation()
              .skip("treatment_cost")
              .answer("costs", [{"label": "Vuelo", "amount": "1", "currency": "USD"}])
              .report())
    assert evidence(report, "cost_estimate")["status"] == "provided"


@pytest.mark.parametrize("value", ["", "   ", []])
def test_blank_answers_do_not_provide(value):
    qid = "visa_refusals" if isinstance(value, str) else "costs"
    report = Conversation().answer(qid, value).report()
    key = "visa_refusal" if isinstance(value, str) else "cost_estimate"
    assert evidence(report, key)["status"] == "missing"


def test_yes_no_only_yes_provides():
    assert evidence(Conversation().answer("has_sponsor_form", True).report(),
                    "sponsor_form")["status"] == "provided"
    assert evidence(Conversation().answer("has_sponsor_form", False).report(),
                    "sponsor_form")["status"] == "missing"


def test_evidence_item_questions_are_linked_too():
    item = EvidenceItem("name_proof", "Proof of name", questions=("full_name",))
    report = Conversation().answer("full_name", "Ana").report(evidence_items=(item,))
    assert report["evidence"] == [{"key": "name_proof", "label": "Proof of name",
                                   "is_document": True, "status": "provided",
                                   "questions": ["full_name"], "checklist": "have",
                                   "documents": []}]


# -- denial grounds ------------------------------------------------------------

def test_denial_grounds_in_definition_order_with_their_questions(complete_report):
    grounds = complete_report["denial_grounds"]
    assert [(g["key"], g["label"]) for g in grounds] == [
        ("urgency", "Insufficient urgency"), ("finances", "Insufficient financial support")]
    assert grounds[0]["questions"] == [
        {"id": "diagnosis", "label": "Diagnosis", "status": "answered",
         "display": "cáncer de mama, etapa 3"},
        {"id": "has_doctor_letter", "label": "Has a doctor's letter", "status": "answered",
         "display": "Yes"},
        {"id": "chronology", "label": "Chronology", "status": "answered",
         "display": ["2024-11-02: diagnóstico", "2025-02-01: empeoró"]},
    ]
    assert [q["id"] for q in grounds[1]["questions"]] == [
        "treatment_cost", "costs", "has_sponsor_form"]


def test_denial_grounds_show_unanswered_questions_too():
    report = (Conversation().answer("request_type", "refile")
              .answer("denial_grounds", ["finances"]).skip("treatment_cost").report())
    statuses = {q["id"]: q["status"] for q in report["denial_grounds"][0]["questions"]}
    assert statuses == {"treatment_cost": "skipped", "costs": "missing",
                        "has_sponsor_form": "missing"}


def test_unknown_ground_key_is_kept_under_its_key():
    report = (Conversation().answer("request_type", "refile")
              .answer("denial_grounds", ["other_reason", "urgency", "urgency"]).report())
    assert [(g["key"], g["label"]) for g in report["denial_grounds"]] == [
        ("urgency", "Insufficient urgency"), ("other_reason", "other_reason")]
    assert report["denial_grounds"][1]["questions"] == []


@pytest.mark.parametrize("conversation", [
    Conversation().answer("request_type", "first"),
    Conversation().answer("request_type", "refile").skip("denial_grounds"),
    Conversation().answer("request_type", "refile"),
    # moot: the applicant corrected the request type after naming grounds
    Conversation().answer("request_type", "refile").answer("denial_grounds", ["urgency"])
                  .answer("request_type", "first"),
])
def test_no_grounds_unless_the_question_applies_and_is_answered(conversation):
    assert conversation.report()["denial_grounds"] == []


# -- flags ---------------------------------------------------------------------

def test_flags_of_a_quiet_case(complete_report):
    assert complete_report["flags"] == {"contact_requested": False,
                                        "deletion_requested": False,
                                        "not_safe_to_contact": False, "completed": True}


def test_flags_from_events_and_safety_answer(first_request_report):
    assert first_request_report["flags"] == {"contact_requested": True,
                                             "deletion_requested": False,
                                             "not_safe_to_contact": True,
                                             "completed": False}
    report = Conversation().event("deletion_requested").report()
    assert report["flags"]["deletion_requested"] is True


@pytest.mark.parametrize("conversation", [
    Conversation().skip("safe_to_message"),
    Conversation().answer("safe_to_message", True),
    Conversation(),
])
def test_safe_unless_said_no(conversation):
    assert conversation.report()["flags"]["not_safe_to_contact"] is False


def test_safety_flag_needs_the_question_in_the_definitions():
    talk = Conversation().answer("safe_to_message", False)
    others = tuple(q for q in QUESTIONS if q.id != "safe_to_message")
    assert talk.report(questions=others)["flags"]["not_safe_to_contact"] is False


def test_completed_from_status_alone():
    report = Conversation(CaseRow(status="completed", completed_at=None)).report()
    assert report["flags"]["completed"] is True


# -- history and events --------------------------------------------------------

def test_history_is_every_row_oldest_first_whatever_the_input_order():
    talk = complete_conversation()
    shuffled = list(reversed(talk.history))
    report = build_handoff(talk.case, talk.answers(), shuffled, talk.event_rows,
                           generated_at=GENERATED_AT, **DEFINITIONS)
    times = [row["time"] for row in report["history"]]
    assert times == sorted(times) and len(times) == len(talk.history)
    diagnosis = [row for row in report["history"] if row["question_id"] == "diagnosis"]
    assert [row["raw_text"] for row in diagnosis] == [
        "cancer de mama", "perdón: cáncer de mama, etapa 3"]


def test_history_row_shape(complete_report):
    assert complete_report["history"][-1] == {
        "question_id": "visa_refusals", "status": "tell_lawyer", "value": None,
        "display": None, "raw_text": "prefiero decírselo al abogado", "language": "es",
        "channel": "whatsapp", "time": "2025-03-01T14:18:00Z"}


def test_history_ties_are_broken_by_row_id():
    talk = Conversation()
    same = T0 + dt.timedelta(minutes=5)
    talk.answer("full_name", "Ana").answer("full_name", "Ana María")
    talk.history = [dataclasses.replace(row, created_at=same) for row in talk.history]
    report = build_handoff(talk.case, talk.answers(), list(reversed(talk.history)), [],
                           generated_at=GENERATED_AT, **DEFINITIONS)
    assert [row["value"] for row in report["history"]] == ["Ana", "Ana María"]


def test_history_keeps_rows_of_questions_no_longer_defined():
    report = Conversation().answer("retired_question", {"a": 1}, "algo").report()
    assert report["history"][0]["display"] == '{"a": 1}'
    assert all(q["id"] != "retired_question"
               for s in report["sections"] for q in s["questions"])


def test_events_keep_only_kind_and_time(complete_report):
    assert complete_report["events"] == [
        {"kind": "consent_given", "time": "2025-03-01T14:02:00Z"},
        {"kind": "completed", "time": "2025-03-01T14:19:00Z"}]


def test_event_details_never_reach_the_report():
    report = Conversation().event("contact_requested", {"text": "secreto-7731"}).report()
    assert "secreto-7731" not in json.dumps(report)


# -- real definitions ----------------------------------------------------------

def test_real_interview_definitions_build_valid_reports():
    """Runs against bot.interview's real questions, sections, evidence and grounds."""
    from bot.interview.evidence import DENIAL_GROUNDS, EVIDENCE_ITEMS
    from bot.interview.questions import QUESTIONS as REAL_QUESTIONS
    from bot.interview.sections import SECTIONS

    empty = build_handoff(CaseRow(), {}, [], [], generated_at=GENERATED_AT)
    assert report_errors(empty) == []
    listed = [q["id"] for s in empty["sections"] for q in s["questions"]]
    assert sorted(listed) == sorted(q.id for q in REAL_QUESTIONS)
    assert [s["key"] for s in empty["sections"]] == [s.key for s in SECTIONS]
    assert [e["key"] for e in empty["evidence"]] == [e.key for e in EVIDENCE_ITEMS]
    assert empty["denial_grounds"] == []

    talk = Conversation()
    for real in REAL_QUESTIONS:          # skip everything, in asking order
        if real.applies(talk.answers()):
            talk.skip(real.id)
    skipped = build_handoff(talk.case, talk.answers(), talk.history, [],
                            generated_at=GENERATED_AT)
    assert report_errors(skipped) == []
    assert {q["status"] for s in skipped["sections"] for q in s["questions"]} <= {
        "skipped", "not_asked"}

    grounds_question = next(q for q in REAL_QUESTIONS if q.id == "denial_grounds")
    assert grounds_question.type is AnswerType.MULTI_CHOICE
    assert {c.key for c in grounds_question.choices} <= {g.key for g in DENIAL_GROUNDS}


def test_real_interview_fully_answered_is_valid_and_renders():
    from bot.interview.questions import QUESTIONS as REAL_QUESTIONS

    request_type = next(q for q in REAL_QUESTIONS if q.id == "request_type")
    reports = []
    for choice in request_type.choices:   # every path: first request, denial, refile
        talk = answer_everything(REAL_QUESTIONS, {"request_type": choice.key})
        report = build_handoff(talk.case, talk.answers(), talk.history, [],
                               generated_at=GENERATED_AT)
        assert report_errors(report) == []
        answered = [q for s in report["sections"] for q in s["questions"]
                    if q["status"] == "answered"]
        assert len(answered) == len(talk.history) and all(q["display"] for q in answered)
        assert "provided" in {item["status"] for item in report["evidence"]}
        render_html(report)
        reports.append(report)
    with_grounds = [r for r in reports if r["denial_grounds"]]
    assert with_grounds, "no request type leads to the denial grounds question"
    assert all(g["questions"] for g in with_grounds[0]["denial_grounds"])


def test_fixture_questions_cover_every_answer_type():
    assert {q.type for q in QUESTIONS} == set(AnswerType)
    assert all(isinstance(q, Question) for q in QUESTIONS)
