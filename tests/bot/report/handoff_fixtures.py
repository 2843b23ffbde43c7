"""A small made-up interview and conversations for the handoff report tests.

The real interview definitions change often; these fixtures pin down a few sections,
questions of every answer type, evidence items and denial grounds, so the report's
rules are tested on their own. Records mirror ``bot.storage.records``.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from bot.interview.model import (
    Answer,
    AnswerStatus,
    AnswerType,
    Choice,
    DenialGround,
    EvidenceItem,
    Question,
    Section,
)
from bot.storage.records import AnswerRecord, CaseRecord, EventRecord
from bot.report.handoff import build_handoff

T0 = dt.datetime(2025, 3, 1, 14, 0, tzinfo=dt.timezone.utc)
GENERATED_AT = dt.datetime(2025, 3, 9, 8, 30, 15, tzinfo=dt.timezone.utc)
SENDER_ID = "+15005550006"

SCRIPT = "<script>alert(1)</script>"

DENIAL_REQUESTS = ("refile", "denial_response")


def after_denial(answers) -> bool:
    answer = answers.get("request_type")
    return answer is not None and answer.value in DENIAL_REQUESTS


SECTIONS = (
    Section("welcome", "Welcome"),
    Section("case", "The case"),
    Section("medical", "Medical"),
    Section("finances", "Finances"),
    Section("empty", "A section without questions"),
)

QUESTIONS = (
    Question("safe_to_message", "welcome", AnswerType.YES_NO, "Is it safe?", "",
             report_label="Safe to message here"),
    Question("full_name", "welcome", AnswerType.NAME, "Your name?", "",
             report_label="Full name"),
    Question("request_type", "case", AnswerType.CHOICE, "What kind of request?", "",
             choices=(Choice("first", "First request"), Choice("refile", "Refiling"),
                      Choice("denial_response", "Responding to a denial")),
             report_label="Request type"),
    Question("denial_date", "case", AnswerType.DATE, "When denied?", "",
             ask_if=after_denial, evidence=("denial_notice",), report_label="Denial date"),
    Question("receipt_number", "case", AnswerType.RECEIPT_NUMBER, "Receipt?", "",
             ask_if=after_denial, evidence=("denial_notice",), report_label="Receipt number"),
    Question("denial_grounds", "case", AnswerType.MULTI_CHOICE, "Which reasons?", "",
             choices=(Choice("urgency", "Not urgent enough"),
                      Choice("available_at_home", "Treatment available at home"),
                      Choice("finances", "Not enough money")),
             ask_if=after_denial, report_label="Denial grounds"),
    Question("diagnosis", "medical", AnswerType.TEXT, "What is the illness?", "",
             grounds=("urgency",), report_label="Diagnosis"),
    Question("has_doctor_letter", "medical", AnswerType.YES_NO, "Do you have a letter?", "",
             evidence=("doctor_letter",), grounds=("urgency",),
             report_label="Has a doctor's letter"),
    Question("chronology", "medical", AnswerType.EVENT_LIST, "What happened when?", "",
             grounds=("urgency",), report_label="Chronology"),
    Question("dependents", "medical", AnswerType.PEOPLE_LIST, "Who depends on you?", "",
             report_label="Dependents"),
    Question("children_count", "medical", AnswerType.NUMBER, "How many children?", ""),
    Question("treatment_cost", "finances", AnswerType.MONEY, "What does it cost?", "",
             evidence=("cost_estimate",), grounds=("finances",),
             report_label="Treatment cost"),
    Question("costs", "finances", AnswerType.MONEY_LIST, "Other costs?", "",
             evidence=("cost_estimate",), grounds=("finances",), report_label="Other costs"),
    Question("has_sponsor_form", "finances", AnswerType.YES_NO, "Do you have a sponsor?", "",
             evidence=("sponsor_form",), grounds=("finances",),
             report_label="Has a sponsor's form"),
    Question("visa_refusals", "finances", AnswerType.TEXT, "Any visa refusals?", "",
             evidence=("visa_refusal",), report_label="Visa refusals"),
)

EVIDENCE_ITEMS = (
    EvidenceItem("denial_notice", "Denial notice"),
    EvidenceItem("doctor_letter", "Doctor's letter"),
    EvidenceItem("cost_estimate", "Cost estimate", is_document=True),
    EvidenceItem("sponsor_form", "Form I-134"),
    EvidenceItem("visa_refusal", "Visa refusal history", is_document=False),
    EvidenceItem("photo_id", "Passport copy"),   # no question speaks to it
)

GROUNDS = (
    DenialGround("urgency", "Insufficient urgency"),
    DenialGround("available_at_home", "Treatment available at home"),
    DenialGround("finances", "Insufficient financial support"),
)

DEFINITIONS = dict(questions=QUESTIONS, sections=SECTIONS,
                   evidence_items=EVIDENCE_ITEMS, grounds=GROUNDS)


# The report reads the storage records; fixtures build the same records.
AnswerRow = AnswerRecord
EventRow = EventRecord
CASE_DEFAULTS = dict(
    id=7, reference="PX-7Q2K-9M", sender_id=SENDER_ID, channel="whatsapp", language="es",
    status="active", created_at=T0, updated_at=T0 + dt.timedelta(hours=2),
    last_activity_at=T0 + dt.timedelta(hours=2), consent_at=T0 + dt.timedelta(minutes=1),
    completed_at=None)


def CaseRow(**overrides: Any) -> CaseRecord:   # noqa: N802 - reads like the record it builds
    """A case record with fixture defaults, any field overridden."""
    return CaseRecord(**{**CASE_DEFAULTS, "state": {}, **overrides})


class Conversation:
    """Answers given one after another, a minute apart, as the store would keep them."""

    def __init__(self, case: Optional[CaseRow] = None):
        self.case = case or CaseRow()
        self.history: list[AnswerRow] = []
        self.event_rows: list[EventRow] = []

    def _time(self) -> dt.datetime:
        return T0 + dt.timedelta(minutes=2 + len(self.history) + len(self.event_rows))

    def answer(self, question_id: str, value: Any, raw_text: str = "", *,
               status: AnswerStatus = AnswerStatus.ANSWERED,
               language: str = "es") -> "Conversation":
        self.history.append(AnswerRow(
            id=len(self.history) + 1, case_id=self.case.id, question_id=question_id,
            status=status, value=value if status is AnswerStatus.ANSWERED else None,
            raw_text=raw_text, language=language, channel=self.case.channel,
            created_at=self._time()))
        return self

    def skip(self, question_id: str, status: AnswerStatus = AnswerStatus.SKIPPED,
             raw_text: str = "saltar") -> "Conversation":
        return self.answer(question_id, None, raw_text, status=status)

    def event(self, kind: str, detail: Optional[dict] = None) -> "Conversation":
        self.event_rows.append(EventRow(
            id=len(self.event_rows) + 1, case_id=self.case.id, kind=kind, detail=detail,
            created_at=self._time()))
        return self

    def answers(self) -> dict[str, Answer]:
        current: dict[str, Answer] = {}
        for row in self.history:
            current[row.question_id] = Answer(row.question_id, row.status, row.value,
                                              row.raw_text, row.language)
        return current

    def report(self, **overrides) -> dict:
        definitions = {**DEFINITIONS, **overrides}
        return build_handoff(self.case, self.answers(), self.history, self.event_rows,
                             generated_at=GENERATED_AT, **definitions)


def complete_conversation() -> Conversation:
    """A denial response with every question answered and one correction."""
    talk = Conversation(CaseRow(status="completed", completed_at=T0 + dt.timedelta(hours=2)))
    talk.event("consent_given", {"text": "sí"})
    talk.answer("safe_to_message", True, "sí")
    talk.answer("full_name", "María José Pérez", "María José Pérez")
    talk.answer("request_type", "denial_response", "me la negaron")
    talk.answer("denial_date", "2025-01-15", "15/01/2025")
    talk.answer("receipt_number", "IOE0912345678", "ioe 0912345678")
    talk.answer("denial_grounds", ["finances", "urgency"], "dinero y urgencia")
    talk.answer("diagnosis", "cancer de mama", "cancer de mama")
    talk.answer("diagnosis", "cáncer de mama, etapa 3", "perdón: cáncer de mama, etapa 3")
    talk.answer("has_doctor_letter", True, "sí")
    talk.answer("chronology", [{"date": "2024-11-02", "text": "diagnóstico"},
                               {"date": "2025-02-01", "text": "empeoró"}], "nov: diagnóstico")
    talk.answer("dependents", [{"name": "Ana", "detail": "hija, 8 años"},
                               {"name": "Luis", "detail": ""}], "Ana y Luis")
    talk.answer("children_count", 2, "dos")
    talk.answer("treatment_cost", {"amount": "1500.50", "currency": "USD"}, "1.500,50 dólares")
    talk.answer("costs", [{"label": "Vuelo", "amount": "820", "currency": "USD"},
                          {"label": "Hotel", "amount": "12000", "currency": "MXN"}],
                "vuelo 820 dólares, hotel 12000 pesos")
    talk.answer("has_sponsor_form", False, "no")
    talk.skip("visa_refusals", AnswerStatus.TELL_LAWYER, "prefiero decírselo al abogado")
    talk.event("completed")
    return talk


def all_skipped_conversation() -> Conversation:
    """Every question that applies skipped (a refile, so denial questions apply)."""
    talk = Conversation()
    for question in QUESTIONS:
        if question.id == "request_type":
            talk.answer("request_type", "refile", "volver a pedir")
        elif question.applies(talk.answers()):
            talk.skip(question.id)
    return talk


def first_request_conversation() -> Conversation:
    """A first request: the denial questions never apply; the rest is half done."""
    talk = Conversation(CaseRow(language="en", channel="sms", consent_at=None))
    talk.answer("safe_to_message", False, "no", language="en")
    talk.answer("request_type", "first", "first time", language="en")
    talk.answer("diagnosis", "kidney failure", "kidney failure", language="en")
    talk.skip("has_doctor_letter", AnswerStatus.DONT_KNOW, "not sure")
    talk.event("contact_requested", {"text": "I need a person"})
    return talk


def hostile_conversation() -> Conversation:
    """HTML and script in every free-text place an applicant can write."""
    talk = Conversation()
    talk.answer("safe_to_message", True, SCRIPT)
    talk.answer("full_name", SCRIPT, SCRIPT)
    talk.answer("request_type", "refile", SCRIPT)
    talk.answer("denial_date", "2025-01-15", SCRIPT)
    talk.answer("receipt_number", "IOE0912345678", SCRIPT)
    talk.answer("denial_grounds", ["urgency", "finances"], SCRIPT)
    talk.answer("diagnosis", SCRIPT + ' & "quoted" <b>bold</b>', SCRIPT)
    talk.answer("chronology", [{"date": "2025-01-01", "text": SCRIPT}], SCRIPT)
    talk.answer("dependents", [{"name": SCRIPT, "detail": SCRIPT}], SCRIPT)
    talk.answer("costs", [{"label": SCRIPT, "amount": "10", "currency": "USD"}], SCRIPT)
    talk.answer("visa_refusals", "<img src=x onerror=alert(1)>", SCRIPT)
    return talk


SAMPLE_VALUES = {
    AnswerType.TEXT: "texto",
    AnswerType.NAME: "Ana Pérez",
    AnswerType.DATE: "2025-01-15",
    AnswerType.MONEY: {"amount": "1500.50", "currency": "USD"},
    AnswerType.MONEY_LIST: [{"label": "Vuelo", "amount": "820", "currency": "USD"}],
    AnswerType.YES_NO: True,
    AnswerType.EVENT_LIST: [{"date": "2024-11-02", "text": "diagnóstico"}],
    AnswerType.PEOPLE_LIST: [{"name": "Ana", "detail": "hija"}],
    AnswerType.RECEIPT_NUMBER: "IOE0912345678",
}


def sample_value(question_def: Question) -> Any:
    """A well-formed answer of the question's type (for any definitions)."""
    if question_def.type is AnswerType.NUMBER:
        return question_def.min_value if question_def.min_value is not None else 1
    if question_def.type is AnswerType.CHOICE:
        return question_def.choices[-1].key
    if question_def.type is AnswerType.MULTI_CHOICE:
        return [choice.key for choice in question_def.choices]
    return SAMPLE_VALUES[question_def.type]


def answer_everything(questions, chosen: Optional[dict] = None) -> Conversation:
    """Answer every question that applies, in asking order, with a sample value
    (or the value ``chosen`` gives for its id)."""
    chosen = chosen or {}
    talk = Conversation()
    for question_def in questions:
        if question_def.applies(talk.answers()):
            value = chosen.get(question_def.id, sample_value(question_def))
            talk.answer(question_def.id, value, "palabras")
    return talk


def question(report: dict, question_id: str) -> dict:
    """The entry for one question in a report's sections."""
    for section in report["sections"]:
        for entry in section["questions"]:
            if entry["id"] == question_id:
                return entry
    raise KeyError(question_id)


def evidence(report: dict, key: str) -> dict:
    return next(item for item in report["evidence"] if item["key"] == key)
