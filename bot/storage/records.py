"""What the store hands out: plain, frozen, decrypted records.

Callers (the interview engine, the report, the staff app) never see ORM objects or
ciphertext: a record is a snapshot taken inside one short transaction, safe to pass
between threads and to keep after the session is gone.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bot.interview.model import Answer, AnswerStatus

# Case statuses the store itself relies on; the engine may use others.
STATUS_ACTIVE = "active"
STATUS_ARCHIVED = "archived"   # never returned by CaseStore.active_case


class CaseNotFound(LookupError):
    """No case has the requested id."""


@dataclass(frozen=True)
class CaseRecord:
    id: int
    reference: str
    sender_id: str
    channel: str
    language: str
    status: str
    state: dict
    created_at: datetime
    updated_at: datetime
    last_activity_at: datetime
    consent_at: datetime | None
    completed_at: datetime | None
    organisation: str = "default"
    review_status: str = "new"
    assigned_to: int | None = None
    treatment_deadline: date | None = None
    contact_requested_at: datetime | None = None
    contact_handled_at: datetime | None = None


@dataclass(frozen=True)
class AnswerRecord:
    """One saved answer row; the history of a question is a list of these."""

    id: int
    case_id: int
    question_id: str
    status: AnswerStatus
    value: Any
    raw_text: str
    language: str
    channel: str
    created_at: datetime

    def to_answer(self) -> Answer:
        """The engine's view of this row (without channel and time)."""
        return Answer(
            question_id=self.question_id,
            status=self.status,
            value=self.value,
            raw_text=self.raw_text,
            language=self.language,
        )


@dataclass(frozen=True)
class EventRecord:
    id: int
    case_id: int
    kind: str
    detail: dict | None
    created_at: datetime
