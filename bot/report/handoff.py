"""Build the handoff report of one conversation: the facts an attorney receives.

The report is a JSON-ready dict described by ``docs/handoff-report.schema.json``
(``SCHEMA_VERSION``). It is built from plain records (the case, the current answers,
every answer row, the events) and the interview definitions, so it can be tested
with small fixtures and never touches the database itself.

Question status (``sections[].questions[].status``)
    ``not_asked``   the question's ``ask_if`` is false given the current answers.
                    This wins over a stored answer: an answer left over from before a
                    correction made the question moot is not a current fact (the
                    ``history`` still shows it).
    ``answered`` / ``skipped`` / ``dont_know`` / ``tell_lawyer``
                    the status of the current answer.
    ``missing``     the question applies but has no answer yet.

Evidence status (``evidence[].status``), from the statuses of the questions linked to
the item (``Question.evidence``, plus ``EvidenceItem.questions`` if filled), first
rule that holds:
    1. ``declined``  a linked question was answered "I'd rather tell the lawyer":
                     the applicant chose to discuss it in person; do not chase it.
    2. ``provided``  a linked question is answered with a meaningful value: non-blank
                     text, a non-empty list, any date/number/money/choice; for a yes/no
                     ("do you have X?") only *yes* counts: *no* means it is missing.
    3. ``skipped``   a linked question was skipped or answered "I don't know".
    4. ``not_asked`` no linked question applies (or none is linked at all).
    5. ``missing``   otherwise: it applies but nothing usable was given.

Denial grounds: the grounds cited are the keys in the answered multi-choice question
``denial_grounds``; for each, the questions that speak to it (``Question.grounds``)
with their status and display.

Flags: ``contact_requested`` and ``deletion_requested`` come from events of those
kinds, ``not_safe_to_contact`` from the question ``safe_to_message`` answered *no*
(only if the definitions have that question), ``completed`` from the case.

Privacy: the sender id and event details never enter the report; events keep only
their kind and time.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable, Mapping, Optional, Protocol, Sequence

from bot.interview.model import (
    Answer,
    AnswerStatus,
    AnswerType,
    DenialGround,
    EvidenceItem,
    Question,
    Section,
)
from bot.report.display import display_value, format_timestamp, json_value

SCHEMA_VERSION = "1.0"

DENIAL_GROUNDS_QUESTION = "denial_grounds"
SAFE_TO_MESSAGE_QUESTION = "safe_to_message"

NOT_ASKED = "not_asked"
MISSING = "missing"
QUESTION_STATUSES = tuple(status.value for status in AnswerStatus) + (NOT_ASKED, MISSING)
EVIDENCE_STATUSES = ("provided", "skipped", "declined", NOT_ASKED, MISSING)


class CaseLike(Protocol):
    """What the report reads from a case (``bot.storage.CaseRecord``)."""

    reference: str
    status: str
    language: str
    channel: str
    created_at: dt.datetime
    updated_at: dt.datetime
    last_activity_at: Optional[dt.datetime]
    consent_at: Optional[dt.datetime]
    completed_at: Optional[dt.datetime]


class AnswerRowLike(Protocol):
    """What the report reads from an answer row (``bot.storage.AnswerRecord``)."""

    id: Any
    question_id: str
    status: Any
    value: Any
    raw_text: Optional[str]
    language: Optional[str]
    channel: Optional[str]
    created_at: dt.datetime


class EventLike(Protocol):
    """What the report reads from an event (``bot.storage.EventRecord``)."""

    id: Any
    kind: str
    created_at: dt.datetime


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
    generated_at: dt.datetime,
) -> dict:
    """Return the handoff report of ``case`` as a JSON-ready dict.

    The definition arguments default to the real interview (``bot.interview``);
    tests pass small fixtures instead.
    """
    questions, sections, evidence_items, grounds = _definitions(
        questions, sections, evidence_items, grounds)
    history = sorted(history, key=_row_order)
    questions_by_id = {q.id: q for q in questions}
    statuses = {q.id: question_status(q, answers) for q in questions}
    answered_at = {row.question_id: row.created_at for row in history}  # newest wins
    entries = {q.id: _question_entry(q, statuses[q.id], answers.get(q.id), answered_at.get(q.id))
               for q in questions}
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": format_timestamp(generated_at),
        "case": _case_summary(case),
        "flags": _flags(case, events, entries),
        "sections": [
            {"key": section.key, "title": section.title,
             "questions": [entries[q.id] for q in questions if q.section == section.key]}
            for section in sections
        ],
        "evidence": [_evidence_entry(item, questions, statuses, answers)
                     for item in evidence_items],
        "denial_grounds": _denial_grounds(answers, questions, grounds, entries),
        "history": [_history_row(row, questions_by_id) for row in history],
        "events": [{"kind": event.kind, "time": format_timestamp(event.created_at)}
                   for event in sorted(events, key=_row_order)],
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


def _row_order(row: Any) -> tuple:
    """Oldest first; the row id breaks ties between rows saved in the same instant."""
    created = row.created_at
    if created.tzinfo is None:
        created = created.replace(tzinfo=dt.timezone.utc)
    row_id = getattr(row, "id", None)
    return (created, (0, row_id) if isinstance(row_id, int) else (1, str(row_id)))


def question_status(question: Question, answers: Mapping[str, Answer]) -> str:
    """The report status of ``question`` given the current answers (module docstring)."""
    if not question.applies(answers):
        return NOT_ASKED
    answer = answers.get(question.id)
    if answer is None:
        return MISSING
    return AnswerStatus(answer.status).value


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


def _case_summary(case: CaseLike) -> dict:
    return {
        "reference": case.reference,
        "status": case.status,
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


def linked_questions(item: EvidenceItem, questions: Sequence[Question]) -> tuple[str, ...]:
    """Ids of the questions behind an evidence item, in asking order."""
    named = set(item.questions)
    return tuple(q.id for q in questions if item.key in q.evidence or q.id in named)


def evidence_status(item: EvidenceItem, questions: Sequence[Question],
                    statuses: Mapping[str, str], answers: Mapping[str, Answer]) -> str:
    """The status of one evidence item (rules in the module docstring)."""
    by_id = {q.id: q for q in questions}
    linked = [by_id[qid] for qid in linked_questions(item, questions)]
    found = [statuses[q.id] for q in linked]
    if AnswerStatus.TELL_LAWYER.value in found:
        return "declined"
    if any(statuses[q.id] == AnswerStatus.ANSWERED.value
           and is_meaningful(q, answers[q.id].value) for q in linked):
        return "provided"
    if AnswerStatus.SKIPPED.value in found or AnswerStatus.DONT_KNOW.value in found:
        return "skipped"
    if all(status == NOT_ASKED for status in found):
        return NOT_ASKED
    return MISSING


def is_meaningful(question: Question, value: Any) -> bool:
    """Does this answered value count as the evidence being there?"""
    if question.type is AnswerType.YES_NO:
        return value is True
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, tuple, dict)):
        return bool(value)
    return True


def _evidence_entry(item: EvidenceItem, questions: Sequence[Question],
                    statuses: Mapping[str, str], answers: Mapping[str, Answer]) -> dict:
    return {
        "key": item.key,
        "label": item.label,
        "is_document": item.is_document,
        "status": evidence_status(item, questions, statuses, answers),
        "questions": list(linked_questions(item, questions)),
    }


def cited_grounds(answers: Mapping[str, Answer]) -> list[str]:
    """Ground keys from an answered ``denial_grounds`` question, without repeats."""
    answer = answers.get(DENIAL_GROUNDS_QUESTION)
    if answer is None or AnswerStatus(answer.status) is not AnswerStatus.ANSWERED:
        return []
    value = answer.value
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        return []
    return list(dict.fromkeys(str(key) for key in value))


def _denial_grounds(answers: Mapping[str, Answer], questions: Sequence[Question],
                    grounds: Sequence[DenialGround], entries: Mapping[str, dict]) -> list[dict]:
    """Each cited ground (in the definitions' order; unknown keys last, by key as
    label) with the questions that speak to it."""
    entry = entries.get(DENIAL_GROUNDS_QUESTION)
    if entry is None or entry["status"] != AnswerStatus.ANSWERED.value:
        return []  # not a denial case, not asked yet, or not told
    cited = cited_grounds(answers)
    labels = {ground.key: ground.label for ground in grounds}
    ordered = [g.key for g in grounds if g.key in cited] + [k for k in cited if k not in labels]
    result = []
    for key in ordered:
        speaking = [q for q in questions if key in q.grounds]
        result.append({
            "key": key,
            "label": labels.get(key, key),
            "questions": [
                {field: entries[q.id][field] for field in ("id", "label", "status", "display")}
                for q in speaking
            ],
        })
    return result


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
