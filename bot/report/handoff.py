"""Build the handoff report of one conversation: the facts an attorney receives.

The report is a JSON-ready dict described by ``docs/handoff-report.schema.json``
(``SCHEMA_VERSION``). It is built from plain records (the case, the current answers,
every answer row, the events, the metadata of the documents received) and the
interview definitions, so it can be tested with small fixtures and never touches
the database itself. It states facts and gaps; it gives no advice and predicts
nothing.

Top-level parts, in order, and the module that builds each:

``case``            the conversation (this module).
``summary``         who, what, when, the request's history, flags (``summary``).
``flags``           the format-1.0 booleans, kept for existing readers (this module).
``elements``        the nine elements an adjudicator weighs, with status, facts,
                    documents and gaps (``elements``).
``denial_grounds``  each cited ground, what speaks to it, gathered and missing
                    (``grounds``).
``evidence``        every evidence item with its answer status and, for documents,
                    the checklist status have / need / received (``documents``).
``documents``       every file received, with page count and matched items
                    (``documents``).
``chronology``      dated entries in order (``chronology``).
``budget``          costs and totals per currency, funds, gap, payers, sponsor,
                    insurance, fee-exemption facts (``budget``).
``people``          everyone named, by role (``people``).
``sections``        every question by section with its current answer (this module).
``history``         every answer row, verbatim (the appendix; this module).
``events``          kind and time of each event (this module).

Status rules: questions and evidence in ``context``, checklist in ``documents``,
elements in ``elements``. Flags (``flags``): ``contact_requested`` and
``deletion_requested`` come from events of those kinds, ``not_safe_to_contact`` from
the question ``safe_to_message`` answered *no* (only if the definitions have that
question), ``completed`` from the case.

Privacy: the sender id, event details and file contents never enter the report;
events keep only their kind and time, files only their metadata.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Mapping, Optional, Sequence

from bot.interview.model import (
    Answer,
    AnswerStatus,
    DenialGround,
    EvidenceItem,
    Question,
    Section,
)
from bot.report.display import display_value, format_timestamp, json_value

from .budget import build_budget
from .chronology import build_chronology
from .context import (  # noqa: F401 - re-exported: the rules' historical home
    EVIDENCE_STATUSES,
    MISSING,
    NOT_ASKED,
    QUESTION_STATUSES,
    AnswerRowLike,
    CaseLike,
    DocumentLike,
    EventLike,
    ReportContext,
    as_utc,
    evidence_status,
    is_meaningful,
    linked_questions,
    question_status,
    row_order,
)
from .documents import document_index, evidence_entries
from .elements import ELEMENTS, Element, element_entries
from .grounds import DENIAL_GROUNDS_QUESTION, cited_grounds, ground_entries  # noqa: F401
from .people import build_people
from .summary import build_summary

SCHEMA_VERSION = "2.0"

SAFE_TO_MESSAGE_QUESTION = "safe_to_message"


def build_handoff(
    case: CaseLike,
    answers: Mapping[str, Answer],
    history: Sequence[AnswerRowLike],
    events: Sequence[EventLike],
    *,
    questions: Optional[Sequence[Question]] = None,
    sections: Optional[Sequence[Section]] = None,
    evidence_items: Optional[Sequence[EvidenceItem]] = None,
    grounds: Optional[Sequence[DenialGround]] = None,
    elements: Optional[Sequence[Element]] = None,
    documents: Sequence[DocumentLike] = (),
    generated_at: dt.datetime,
) -> dict:
    """Return the handoff report of ``case`` as a JSON-ready dict.

    The definition arguments default to the real interview (``bot.interview``) and
    the nine elements (``elements.ELEMENTS``); tests pass small fixtures instead.
    ``documents`` are the metadata of the files received on the case (never bytes).
    """
    questions, sections, evidence_items, grounds = _definitions(
        questions, sections, evidence_items, grounds)
    history = sorted(history, key=row_order)
    events = sorted(events, key=row_order)
    questions_by_id = {q.id: q for q in questions}
    statuses = {q.id: question_status(q, answers) for q in questions}
    answered_at = {row.question_id: row.created_at for row in history}  # newest wins
    entries = {q.id: _question_entry(q, statuses[q.id], answers.get(q.id), answered_at.get(q.id))
               for q in questions}
    ctx = ReportContext(
        case=case, answers=answers, history=history, events=events,
        documents=sorted(documents, key=row_order), questions=questions, sections=sections,
        evidence_items=evidence_items, grounds=grounds, generated_at=generated_at,
        statuses=statuses, entries=entries)
    evidence = evidence_entries(ctx)
    summary = build_summary(ctx)
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": format_timestamp(generated_at),
        "case": _case_summary(case),
        "summary": summary,
        "flags": _flags(case, events, entries),
        "elements": element_entries(ctx, evidence, ELEMENTS if elements is None else elements),
        "denial_grounds": ground_entries(ctx, evidence),
        "evidence": evidence,
        "documents": document_index(ctx, evidence),
        "chronology": build_chronology(ctx),
        "budget": build_budget(ctx, summary["who"]["patient_age"]["years"]),
        "people": build_people(ctx),
        "sections": [
            {"key": section.key, "title": section.title,
             "questions": [entries[q.id] for q in questions if q.section == section.key]}
            for section in sections
        ],
        "history": [_history_row(row, questions_by_id) for row in history],
        "events": [{"kind": event.kind, "time": format_timestamp(event.created_at)}
                   for event in events],
    }


def _definitions(questions, sections, evidence_items, grounds):
    """Fill missing definition arguments from the real interview, imported lazily
    so that fixture-driven callers do not need it."""
    if questions is None:
        from bot.interview.questions import QUESTIONS as questions
    if sections is None:
        from bot.interview.sections import SECTIONS as sections
    if evidence_items is None:
        from bot.interview.evidence import EVIDENCE_ITEMS as evidence_items
    if grounds is None:
        from bot.interview.evidence import DENIAL_GROUNDS as grounds
    return tuple(questions), tuple(sections), tuple(evidence_items), tuple(grounds)


def _question_entry(question: Question, status: str, answer: Optional[Answer],
                    answered_at: Optional[dt.datetime]) -> dict:
    """One question of a section; a moot (``not_asked``) answer is left out."""
    if status in (NOT_ASKED, MISSING):
        answer = None
    value = answer.value if answer is not None and status == AnswerStatus.ANSWERED.value else None
    return {
        "id": question.id,
        "label": question.label,
        "type": question.type.value,
        "status": status,
        "value": json_value(value),
        "display": display_value(question, value),
        "raw_text": answer.raw_text if answer is not None else None,
        "language": answer.language if answer is not None else None,
        "answered_at": format_timestamp(answered_at) if answer is not None else None,
    }


def _optional_text(value: object) -> Optional[str]:
    return value if isinstance(value, str) and value else None


def _case_summary(case: CaseLike) -> dict:
    return {
        "reference": case.reference,
        "status": case.status,
        "review_status": _optional_text(getattr(case, "review_status", None)),
        "organisation": _optional_text(getattr(case, "organisation", None)),
        "language": case.language,
        "channel": case.channel,
        "created_at": format_timestamp(case.created_at),
        "updated_at": format_timestamp(case.updated_at),
        "last_activity_at": format_timestamp(getattr(case, "last_activity_at", None)),
        "consent_at": format_timestamp(case.consent_at),
        "completed_at": format_timestamp(case.completed_at),
    }


def _flags(case: CaseLike, events: Iterable[EventLike], entries: Mapping[str, dict]) -> dict:
    kinds = {event.kind for event in events}
    safety = entries.get(SAFE_TO_MESSAGE_QUESTION)
    return {
        "contact_requested": "contact_requested" in kinds,
        "deletion_requested": "deletion_requested" in kinds,
        "not_safe_to_contact": bool(
            safety is not None and safety["status"] == AnswerStatus.ANSWERED.value
            and safety["value"] is False),
        "completed": case.completed_at is not None or case.status == "completed",
    }


def _history_row(row: AnswerRowLike, questions_by_id: Mapping[str, Question]) -> dict:
    question = questions_by_id.get(row.question_id)
    status = AnswerStatus(row.status).value
    value = row.value if status == AnswerStatus.ANSWERED.value else None
    return {
        "question_id": row.question_id,
        "status": status,
        "value": json_value(value),
        "display": display_value(question, value),
        "raw_text": row.raw_text,
        "language": row.language,
        "channel": row.channel,
        "time": format_timestamp(row.created_at),
    }
