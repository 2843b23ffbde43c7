"""The interview definition: ids, sections, wording limits, evidence and ground links,
and that every ``ask_if`` depends only on questions asked before it."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Iterator

import pytest
from babel.messages.extract import extract_from_file
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.interview import conditions
from bot.interview import evidence as evidence_module
from bot.interview import questions as questions_module
from bot.interview import sections as sections_module
from bot.interview.evidence import (
    DENIAL_GROUNDS,
    EVIDENCE_ITEMS,
    evidence_items_with_questions,
    evidence_questions,
    ground_questions,
)
from bot.interview.model import Answer, AnswerStatus, AnswerType, Choice, Question
from bot.interview.questions import HISTORY_QUESTION_IDS, QUESTIONS, QUESTIONS_BY_ID, questions_in
from bot.interview.sections import SECTIONS, SECTIONS_BY_KEY

SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
CHOICE_TYPES = {AnswerType.CHOICE, AnswerType.MULTI_CHOICE}
NEEDS_EXAMPLE = {AnswerType.DATE, AnswerType.MONEY, AnswerType.MONEY_LIST, AnswerType.EVENT_LIST,
                 AnswerType.PEOPLE_LIST, AnswerType.NUMBER, AnswerType.RECEIPT_NUMBER,
                 AnswerType.NAME}
NO_EXAMPLE = {AnswerType.YES_NO, AnswerType.CHOICE, AnswerType.MULTI_CHOICE}
LAWYER_HINT = "You can also reply 'lawyer' to tell the lawyer directly."
DENIAL_QUESTIONS = {"denial_date", "denial_grounds", "denial_grounds_other", "has_denial_notice",
                    "changes_since_denial"}
GUARDIAN_QUESTIONS = {"guardian_name", "guardian_consent", "has_guardian_documents"}


def texts_of(question: Question) -> list[str]:
    """Every applicant-facing msgid of a question."""
    texts = [question.prompt, question.help] + [choice.label for choice in question.choices]
    return texts + ([question.example] if question.example is not None else [])


# --- ids and sections ----------------------------------------------------------

def test_ids_are_unique_snake_case() -> None:
    ids = [question.id for question in QUESTIONS]
    assert len(ids) == len(set(ids))
    assert all(SNAKE_CASE.match(qid) for qid in ids), [q for q in ids if not SNAKE_CASE.match(q)]
    assert QUESTIONS_BY_ID == {question.id: question for question in QUESTIONS}


def test_sections_are_the_designed_parts_in_order() -> None:
    assert [section.key for section in SECTIONS] == [
        "about", "case", "medical", "chronology", "support", "finances", "travel", "aftercare"]
    assert all(section.title.strip() and len(section.title) <= 40 for section in SECTIONS)
    assert SECTIONS_BY_KEY == {section.key: section for section in SECTIONS}


def test_each_section_is_asked_in_one_consecutive_block_in_section_order() -> None:
    blocks: list[str] = []
    for question in QUESTIONS:
        assert question.section in SECTIONS_BY_KEY, question.id
        if not blocks or blocks[-1] != question.section:
            blocks.append(question.section)
    assert blocks == [section.key for section in SECTIONS]


def test_questions_in_returns_each_section_in_order() -> None:
    rebuilt = tuple(q for section in SECTIONS for q in questions_in(section.key))
    assert rebuilt == QUESTIONS
    assert questions_in("chronology") == (QUESTIONS_BY_ID["timeline"],)
    with pytest.raises(KeyError):
        questions_in("no_such_section")


def test_the_interview_stays_humane_in_length() -> None:
    always_asked = [question for question in QUESTIONS if question.ask_if is None]
    assert 55 <= len(QUESTIONS) <= 80
    assert len(always_asked) <= 60


# --- wording -------------------------------------------------------------------

@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_wording_limits(question: Question) -> None:
    assert question.prompt.strip() and len(question.prompt) <= 200
    assert question.prompt.rstrip().endswith(("?", "."))
    assert question.help.strip() and len(question.help) <= 300
    assert question.report_label.strip() and len(question.report_label) <= 60
    for text in texts_of(question) + [question.report_label]:
        assert text == text.strip()
        assert not re.search(r"[{}]|%\(|%[sd]", text), text   # no placeholders


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_examples_where_the_format_matters(question: Question) -> None:
    if question.type in NEEDS_EXAMPLE:
        assert question.example and question.example.startswith("Example:")
    if question.type in NO_EXAMPLE:
        assert question.example is None


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_choices(question: Question) -> None:
    if question.type not in CHOICE_TYPES:
        assert question.choices == ()
        return
    keys = [choice.key for choice in question.choices]
    assert 2 <= len(keys) <= 7
    assert len(keys) == len(set(keys))
    assert all(SNAKE_CASE.match(key) for key in keys)
    assert all(choice.label.strip() and len(choice.label) <= 40 for choice in question.choices)
    # The engine offers skip / don't know / tell the lawyer for every question.
    assert not set(keys) & {"skip", "dont_know", "unknown", "not_sure", "lawyer", "tell_lawyer"}
    labels = " ".join(choice.label.lower() for choice in question.choices)
    assert "don't know" not in labels and "skip" not in labels and "lawyer" not in labels


def test_numbers_have_bounds_and_other_types_do_not() -> None:
    for question in QUESTIONS:
        if question.type is AnswerType.NUMBER:
            assert question.min_value is not None and question.max_value is not None
            assert question.min_value < question.max_value
        else:
            assert question.min_value is None and question.max_value is None, question.id


def test_past_only_dates() -> None:
    for qid in ("patient_birth_date", "diagnosis_date", "denial_date"):
        assert QUESTIONS_BY_ID[qid].type is AnswerType.DATE
        assert QUESTIONS_BY_ID[qid].allow_future is False
    for qid in ("treatment_deadline", "travel_date", "passport_expiry"):
        assert QUESTIONS_BY_ID[qid].allow_future is True
    for question in QUESTIONS:
        if question.type is not AnswerType.DATE:
            assert question.allow_future is True, question.id


def test_the_patient_is_introduced_once_in_the_first_prompt_about_them() -> None:
    intro = "(you, or the person you help)"
    mentioning = [q for q in QUESTIONS if "patient" in q.prompt.lower()]
    assert intro in mentioning[0].prompt
    assert [q.id for q in QUESTIONS if intro in q.prompt] == [mentioning[0].id]


def test_history_questions_offer_telling_the_lawyer_directly() -> None:
    assert HISTORY_QUESTION_IDS <= set(QUESTIONS_BY_ID)
    for qid in ("prior_us_visits", "visa_refused", "overstay", "removal", "arrests"):
        assert qid in HISTORY_QUESTION_IDS
    for qid in HISTORY_QUESTION_IDS:
        question = QUESTIONS_BY_ID[qid]
        assert question.section == "travel"
        assert question.prompt.endswith(LAWYER_HINT), qid
    assert set(conditions.HISTORY_YES_NO_IDS) <= HISTORY_QUESTION_IDS


def test_i134_is_explained_where_it_is_named() -> None:
    for question in QUESTIONS:
        if "I-134" in question.prompt:
            assert "form" in question.prompt


def _extracted_msgids(module: Any) -> set[str]:
    path = Path(module.__file__)
    return {message for _, message, _, _ in
            extract_from_file("python", str(path), keywords={"N_": None})}


def test_every_applicant_facing_text_is_an_extractable_msgid() -> None:
    """Babel must find each text as one N_ msgid, or it never reaches the catalogs."""
    msgids = (_extracted_msgids(questions_module) | _extracted_msgids(evidence_module)
              | _extracted_msgids(sections_module))
    texts = [text for question in QUESTIONS for text in texts_of(question)]
    texts += [section.title for section in SECTIONS]
    texts += [item.label for item in EVIDENCE_ITEMS] + [ground.label for ground in DENIAL_GROUNDS]
    missing = [text for text in texts if text not in msgids]
    assert not missing


# --- evidence and denial grounds -----------------------------------------------------

def test_evidence_items() -> None:
    keys = [item.key for item in EVIDENCE_ITEMS]
    assert len(keys) == len(set(keys))
    assert all(SNAKE_CASE.match(key) for key in keys)
    assert 18 <= len(keys) <= 26
    assert all(item.label.strip() and len(item.label) <= 90 for item in EVIDENCE_ITEMS)
    assert all(item.questions == () for item in EVIDENCE_ITEMS)
    documents = {item.key for item in EVIDENCE_ITEMS if item.is_document}
    assert {"denial_notice", "physician_letter", "medical_records", "passport",
            "us_provider_acceptance", "parental_consent"} <= documents
    assert "fee_exemption_facts" not in documents


def test_every_evidence_link_is_known_and_every_item_is_spoken_to() -> None:
    known = {item.key for item in EVIDENCE_ITEMS}
    for question in QUESTIONS:
        assert set(question.evidence) <= known, question.id
        assert len(question.evidence) == len(set(question.evidence))
    mapping = evidence_questions(QUESTIONS)
    assert set(mapping) == known
    assert not [key for key, ids in mapping.items() if not ids]


def test_document_evidence_rests_on_questions_that_say_whether_it_is_at_hand() -> None:
    """The report counts a document as provided when a linked question is answered
    (yes, for a yes/no). So a document links only to a yes/no "do you have it", to
    follow-ups asked after such a yes, or to a list of what is at hand."""
    lists_of_what_is_at_hand = {"medical_records_on_hand", "statement_writers"}
    mapping = evidence_questions(QUESTIONS)
    for item in EVIDENCE_ITEMS:
        if not item.is_document:
            continue
        for qid in mapping[item.key]:
            question = QUESTIONS_BY_ID[qid]
            assert (question.type is AnswerType.YES_NO or question.ask_if is not None
                    or qid in lists_of_what_is_at_hand), (item.key, qid)
    for key in ("denial_notice", "physician_letter", "independent_opinion",
                "us_provider_acceptance", "cost_estimate", "proof_of_funds",
                "prior_visa_refusal", "guardian_documents", "parental_consent"):
        linked = [QUESTIONS_BY_ID[qid] for qid in mapping[key]]
        assert linked and all(q.type is AnswerType.YES_NO for q in linked), key


def test_evidence_questions_follows_the_links_in_asking_order() -> None:
    mapping = evidence_questions(QUESTIONS)
    assert mapping["denial_notice"] == ("has_denial_notice",)
    assert mapping["passport"] == ("has_passport", "passport_expiry")
    for key, ids in mapping.items():
        positions = [QUESTIONS.index(QUESTIONS_BY_ID[qid]) for qid in ids]
        assert positions == sorted(positions)
        assert all(key in QUESTIONS_BY_ID[qid].evidence for qid in ids)
    filled = {item.key: item for item in evidence_items_with_questions(QUESTIONS)}
    assert {key: item.questions for key, item in filled.items()} == mapping
    assert filled["passport"].label == next(i.label for i in EVIDENCE_ITEMS if i.key == "passport")


def test_evidence_questions_rejects_unknown_items_and_grounds() -> None:
    typo = Question(id="x", section="about", type=AnswerType.TEXT, prompt="?", help="h",
                    evidence=("physican_letter",))
    with pytest.raises(ValueError, match="physican_letter"):
        evidence_questions([typo])
    typo_ground = Question(id="x", section="about", type=AnswerType.TEXT, prompt="?", help="h",
                           grounds=("urgent",))
    with pytest.raises(ValueError, match="urgent"):
        ground_questions([typo_ground])


def test_denial_grounds_are_the_known_ones_and_the_denial_question_offers_them() -> None:
    keys = [ground.key for ground in DENIAL_GROUNDS]
    assert keys == ["urgency", "available_elsewhere", "other_route", "finances",
                    "security_history", "missing_evidence", "other"]
    offered = QUESTIONS_BY_ID["denial_grounds"].choices
    assert offered == tuple(Choice(ground.key, ground.label) for ground in DENIAL_GROUNDS)


def test_every_ground_link_is_known_and_every_ground_is_spoken_to() -> None:
    known = {ground.key for ground in DENIAL_GROUNDS}
    for question in QUESTIONS:
        assert set(question.grounds) <= known, question.id
        assert len(question.grounds) == len(set(question.grounds))
    mapping = ground_questions(QUESTIONS)
    assert set(mapping) == known
    assert not [key for key, ids in mapping.items() if not ids]


# --- ask_if reads only earlier answers -------------------------------------------------

class RecordingAnswers(Mapping):
    """Answers that note every question id a condition looks up."""

    def __init__(self, answers: Mapping[str, Answer]) -> None:
        self._answers = dict(answers)
        self.read: set[str] = set()

    def __getitem__(self, key: str) -> Answer:
        self.read.add(key)
        return self._answers[key]

    def __contains__(self, key: object) -> bool:
        self.read.add(str(key))
        return key in self._answers

    def __iter__(self) -> Iterator[str]:
        raise AssertionError("a condition must look answers up by id, not walk them all")

    def __len__(self) -> int:
        return len(self._answers)


_text = st.text(max_size=20)


def _value_strategy(question: Question) -> st.SearchStrategy[Any]:
    kind = question.type
    if kind in (AnswerType.TEXT, AnswerType.NAME):
        return _text
    if kind is AnswerType.DATE:
        return st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat)
    if kind is AnswerType.NUMBER:
        return st.integers(question.min_value or 0, question.max_value or 1000)
    if kind is AnswerType.MONEY:
        return st.builds(lambda n: {"amount": str(n), "currency": "USD"}, st.integers(0, 10**6))
    if kind is AnswerType.MONEY_LIST:
        return st.lists(st.builds(lambda label, n: {"label": label, "amount": str(n), "currency": "USD"},
                                  _text, st.integers(0, 10**6)), max_size=3)
    if kind is AnswerType.YES_NO:
        return st.booleans()
    if kind is AnswerType.CHOICE:
        return st.sampled_from([choice.key for choice in question.choices])
    if kind is AnswerType.MULTI_CHOICE:
        return st.lists(st.sampled_from([choice.key for choice in question.choices]), unique=True)
    if kind is AnswerType.EVENT_LIST:
        return st.lists(st.fixed_dictionaries({"date": st.just("2024-05-01"), "text": _text}), max_size=3)
    if kind is AnswerType.PEOPLE_LIST:
        return st.lists(st.fixed_dictionaries({"name": _text, "detail": _text}), max_size=3)
    if kind is AnswerType.RECEIPT_NUMBER:
        return st.just("IOE0912345678")
    raise AssertionError(f"no strategy for {kind}")


def _answer_strategy(question: Question) -> st.SearchStrategy[Answer | None]:
    answered = _value_strategy(question).map(
        lambda value: Answer(question.id, AnswerStatus.ANSWERED, value))
    other = st.sampled_from([AnswerStatus.SKIPPED, AnswerStatus.DONT_KNOW, AnswerStatus.TELL_LAWYER]).map(
        lambda status: Answer(question.id, status))
    return st.one_of(st.none(), answered, answered, other)


ALL_ANSWERS = st.fixed_dictionaries({q.id: _answer_strategy(q) for q in QUESTIONS})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ALL_ANSWERS)
def test_conditions_read_only_earlier_questions_and_never_raise(drawn: dict[str, Answer | None]) -> None:
    earlier: dict[str, Answer] = {}
    for position, question in enumerate(QUESTIONS):
        recording = RecordingAnswers(earlier)
        result = question.applies(recording)
        assert isinstance(result, bool), question.id
        earlier_ids = {q.id for q in QUESTIONS[:position]}
        assert recording.read <= earlier_ids, (question.id, recording.read - earlier_ids)
        if drawn[question.id] is not None:
            earlier[question.id] = drawn[question.id]


def test_every_condition_reads_something_it_can_see() -> None:
    """Each ask_if looks at least at one earlier question, even with no answers yet."""
    for position, question in enumerate(QUESTIONS):
        if question.ask_if is None:
            continue
        recording = RecordingAnswers({})
        question.applies(recording)
        assert recording.read, question.id
        assert recording.read <= {q.id for q in QUESTIONS[:position]}, question.id


# --- walking the interview -------------------------------------------------------------

@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(conditions, "today", lambda: dt.date(2025, 6, 15))


def walk(replies: Mapping[str, Any]) -> list[str]:
    """Ask the interview in order like the engine; unlisted questions are skipped.

    A reply that is an AnswerStatus is recorded with that status instead of a value.
    """
    answers: dict[str, Answer] = {}
    asked: list[str] = []
    for question in QUESTIONS:
        if not question.applies(answers):
            continue
        asked.append(question.id)
        reply = replies.get(question.id, AnswerStatus.SKIPPED)
        if isinstance(reply, AnswerStatus):
            answers[question.id] = Answer(question.id, reply)
        else:
            answers[question.id] = Answer(question.id, AnswerStatus.ANSWERED, reply)
    return asked


ADULT_PATIENT = {"safe_to_message": True, "writer_role": "patient", "patient_birth_date": "1980-04-02"}


def test_a_first_request_skips_every_denial_question() -> None:
    asked = set(walk({**ADULT_PATIENT, "request_type": "first"}))
    assert "request_type" in asked
    assert not asked & (DENIAL_QUESTIONS | {"earlier_request_outcome", "earlier_receipt_number"})


def test_a_denial_asks_about_the_denial() -> None:
    asked = set(walk({**ADULT_PATIENT, "request_type": "after_denial",
                      "denial_grounds": ["urgency", "finances"]}))
    assert DENIAL_QUESTIONS - {"denial_grounds_other"} <= asked
    assert "earlier_receipt_number" in asked
    assert "denial_grounds_other" not in asked
    assert "earlier_request_outcome" not in asked
    asked = set(walk({**ADULT_PATIENT, "request_type": "after_denial", "denial_grounds": ["other"]}))
    assert "denial_grounds_other" in asked


def test_a_refile_asks_about_the_denial_only_if_the_earlier_request_was_denied() -> None:
    approved = set(walk({**ADULT_PATIENT, "request_type": "refile",
                         "earlier_request_outcome": "approved"}))
    assert {"earlier_request_outcome", "earlier_receipt_number"} <= approved
    assert not approved & DENIAL_QUESTIONS
    denied = set(walk({**ADULT_PATIENT, "request_type": "refile",
                       "earlier_request_outcome": "denied"}))
    assert DENIAL_QUESTIONS - {"denial_grounds_other"} <= denied


def test_the_patient_writing_is_not_asked_helper_or_guardian_questions() -> None:
    asked = set(walk(ADULT_PATIENT))
    assert not asked & ({"helper_name", "patient_can_decide", "patient_age"} | GUARDIAN_QUESTIONS)
    assert "safe_contact_instructions" not in asked


def test_a_helper_for_an_adult_who_decides_gets_no_guardian_questions() -> None:
    asked = set(walk({**ADULT_PATIENT, "writer_role": "family", "patient_can_decide": True}))
    assert {"helper_name", "patient_can_decide"} <= asked
    assert not asked & GUARDIAN_QUESTIONS


def test_an_adult_who_cannot_decide_gets_guardian_questions() -> None:
    asked = set(walk({**ADULT_PATIENT, "writer_role": "family", "patient_can_decide": False}))
    assert GUARDIAN_QUESTIONS <= asked


def test_a_minor_gets_guardian_questions_without_the_capacity_question() -> None:
    for writer in ("patient", "parent"):
        asked = set(walk({**ADULT_PATIENT, "writer_role": writer, "patient_birth_date": "2012-09-30"}))
        assert GUARDIAN_QUESTIONS <= asked
        assert "patient_can_decide" not in asked
        assert "patient_age" not in asked


def test_the_age_is_asked_when_the_birth_date_is_not_known() -> None:
    asked = walk({**ADULT_PATIENT, "patient_birth_date": AnswerStatus.DONT_KNOW, "patient_age": 9})
    assert "patient_age" in asked
    assert GUARDIAN_QUESTIONS <= set(asked)
    asked = set(walk({**ADULT_PATIENT, "patient_birth_date": AnswerStatus.DONT_KNOW, "patient_age": 50}))
    assert not asked & GUARDIAN_QUESTIONS


def test_an_unconfirmed_channel_asks_for_a_safe_way_to_reach_the_applicant() -> None:
    for reply in (False, AnswerStatus.DONT_KNOW):
        assert "safe_contact_instructions" in walk({**ADULT_PATIENT, "safe_to_message": reply})


def test_follow_ups_need_a_yes() -> None:
    follow_ups = {"us_provider", "us_provider_accepted", "has_cost_estimate", "dependents",
                  "us_family", "travel_companions", "sponsors", "sponsor_status", "sponsor_income",
                  "passport_expiry", "has_refusal_letter", "history_details"}
    all_no = {q.id: False for q in QUESTIONS if q.type is AnswerType.YES_NO}
    assert not set(walk({**all_no, **ADULT_PATIENT})) & follow_ups
    all_yes = {q.id: True for q in QUESTIONS if q.type is AnswerType.YES_NO}
    assert follow_ups <= set(walk({**all_yes, **ADULT_PATIENT}))


def test_history_kept_for_the_lawyer_does_not_ask_for_details() -> None:
    replies = {**ADULT_PATIENT, **{qid: AnswerStatus.TELL_LAWYER for qid in HISTORY_QUESTION_IDS}}
    assert "history_details" not in walk(replies)
    assert "history_details" in walk({**replies, "arrests": True})


def test_an_organisation_supporter_is_not_asked_for_an_income() -> None:
    base = {**ADULT_PATIENT, "has_sponsor": True}
    assert "sponsor_income" not in walk({**base, "sponsor_status": "organisation"})
    assert "sponsor_income" in walk({**base, "sponsor_status": "citizen"})


def test_every_question_can_be_reached() -> None:
    everything = {q.id: True for q in QUESTIONS if q.type is AnswerType.YES_NO}
    child_case = {**everything, "writer_role": "parent", "patient_birth_date": "2015-01-01",
                  "request_type": "refile", "earlier_request_outcome": "denied",
                  "denial_grounds": ["other"], "sponsor_status": "citizen"}
    unsafe_adult = {**everything, "safe_to_message": False, "writer_role": "friend",
                    "patient_birth_date": AnswerStatus.SKIPPED, "patient_age": 44,
                    "patient_can_decide": False}
    reached = set(walk(child_case)) | set(walk(unsafe_adult))
    assert reached == set(QUESTIONS_BY_ID)


def test_a_typical_first_request_stays_short() -> None:
    assert len(walk({**ADULT_PATIENT, "request_type": "first"})) <= 62
