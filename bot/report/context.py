"""What every part of the handoff report reads: the input records, the per-question
statuses and entries, and the shared status rules.

``build_handoff`` (``handoff.py``) makes one :class:`ReportContext` and hands it to
the section builders (``summary``, ``elements``, ``grounds``, ``documents``,
``chronology``, ``budget``, ``people``); each reads facts from it and never from the
database. The status rules live here so that ``bot.interview.documents`` (the
applicant's list of papers) and the report always agree; ``handoff`` re-exports them.

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
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Protocol, Sequence

from bot.interview.model import (
    Answer,
    AnswerStatus,
    AnswerType,
    DenialGround,
    EvidenceItem,
    Question,
    Section,
)

NOT_ASKED = "not_asked"
MISSING = "missing"
ANSWERED = AnswerStatus.ANSWERED.value
TELL_LAWYER = AnswerStatus.TELL_LAWYER.value
QUESTION_STATUSES = tuple(status.value for status in AnswerStatus) + (NOT_ASKED, MISSING)
EVIDENCE_STATUSES = ("provided", "skipped", "declined", NOT_ASKED, MISSING)


class CaseLike(Protocol):
    """What the report reads from a case (``bot.storage.CaseRecord``).

    ``review_status`` and ``organisation`` are read with ``getattr`` and may be absent.
    """

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


class DocumentLike(Protocol):
    """What the report reads about a filed document: never its bytes.

    ``question_id`` is the question being asked when the file arrived (None if the
    file came outside a question). ``page_count`` is None when unknown.
    """

    id: int
    question_id: Optional[str]
    content_type: str
    size_bytes: int
    page_count: Optional[int]
    created_at: dt.datetime


def as_utc(moment: dt.datetime) -> dt.datetime:
    """Naive times are UTC already (SQLite drops the zone); others are converted."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc)


def row_order(row: Any) -> tuple:
    """Oldest first; the row id breaks ties between rows saved in the same instant."""
    row_id = getattr(row, "id", None)
    return (as_utc(row.created_at),
            (0, row_id) if isinstance(row_id, int) else (1, str(row_id)))


def as_date(value: Any) -> Optional[dt.date]:
    """A date from a typed date answer ("YYYY-MM-DD" or a date); None otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def question_status(question: Question, answers: Mapping[str, Answer]) -> str:
    """The report status of ``question`` given the current answers (module docstring)."""
    if not question.applies(answers):
        return NOT_ASKED
    answer = answers.get(question.id)
    if answer is None:
        return MISSING
    return AnswerStatus(answer.status).value


def linked_questions(item: EvidenceItem, questions: Sequence[Question]) -> tuple[str, ...]:
    """Ids of the questions behind an evidence item, in asking order."""
    named = set(item.questions)
    return tuple(q.id for q in questions if item.key in q.evidence or q.id in named)


def is_meaningful(question: Question, value: Any) -> bool:
    """Does this answered value count as the evidence being there?"""
    if question.type is AnswerType.YES_NO:
        return value is True
    return is_given(question, value)


def is_given(question: Question, value: Any) -> bool:
    """Is this answered value a fact at all? Like :func:`is_meaningful`, except that
    a yes/no answer is a fact either way ("no overstay" is as much a fact as "yes")."""
    if question.type is AnswerType.YES_NO:
        return isinstance(value, bool)
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, tuple, dict)):
        return bool(value)
    return True


def evidence_status(item: EvidenceItem, questions: Sequence[Question],
                    statuses: Mapping[str, str], answers: Mapping[str, Answer]) -> str:
    """The status of one evidence item (rules in the module docstring)."""
    by_id = {q.id: q for q in questions}
    linked = [by_id[qid] for qid in linked_questions(item, questions)]
    found = [statuses[q.id] for q in linked]
    if TELL_LAWYER in found:
        return "declined"
    if any(statuses[q.id] == ANSWERED and is_meaningful(q, answers[q.id].value)
           for q in linked):
        return "provided"
    if AnswerStatus.SKIPPED.value in found or AnswerStatus.DONT_KNOW.value in found:
        return "skipped"
    if all(status == NOT_ASKED for status in found):
        return NOT_ASKED
    return MISSING


@dataclass
class ReportContext:
    """Everything one report is built from, with per-question lookups.

    ``entries`` are the question entries of ``sections[].questions`` (built by
    ``handoff``); ``documents`` are sorted oldest first.
    """

    case: CaseLike
    answers: Mapping[str, Answer]
    history: Sequence[AnswerRowLike]
    events: Sequence[EventLike]
    documents: Sequence[DocumentLike]
    questions: Sequence[Question]
    sections: Sequence[Section]
    evidence_items: Sequence[EvidenceItem]
    grounds: Sequence[DenialGround]
    generated_at: dt.datetime
    statuses: Mapping[str, str]
    entries: Mapping[str, dict]
    questions_by_id: dict[str, Question] = field(init=False)

    def __post_init__(self) -> None:
        self.questions_by_id = {q.id: q for q in self.questions}

    @property
    def today(self) -> dt.date:
        """The report's date (UTC): ages and days left are counted to it."""
        return as_utc(self.generated_at).date()

    def defined(self, question_id: str) -> bool:
        return question_id in self.questions_by_id

    def status(self, question_id: str) -> Optional[str]:
        """The question's status; None when the definitions have no such question."""
        return self.statuses.get(question_id)

    def applies(self, question_id: str) -> bool:
        return self.status(question_id) not in (None, NOT_ASKED)

    def value(self, question_id: str) -> Any:
        """The current typed value, only when answered (else None)."""
        if self.status(question_id) != ANSWERED:
            return None
        return self.answers[question_id].value

    def given(self, question_id: str) -> bool:
        """Answered with a fact (see :func:`is_given`)."""
        question = self.questions_by_id.get(question_id)
        return (question is not None and self.status(question_id) == ANSWERED
                and is_given(question, self.answers[question_id].value))

    def fact(self, question_id: str) -> Optional[dict]:
        """A question as a fact: label, status, English display and the applicant's
        own words with their language. None when the question is not defined."""
        entry = self.entries.get(question_id)
        if entry is None:
            return None
        return {field_name: entry[field_name] for field_name in FACT_FIELDS}


FACT_FIELDS = ("id", "label", "status", "display", "raw_text", "language")
