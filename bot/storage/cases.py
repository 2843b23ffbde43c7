"""The case store: the one place that reads and writes cases, answers and events.

Every write is its own short transaction, committed before the method returns: an
answer the applicant was told we accepted must survive a crash a moment later.
Write transactions start with their write (an UPDATE or INSERT), never with a
read: on SQLite that takes the write lock first, so two action-server workers
queue behind each other instead of failing, and on PostgreSQL the UPDATE of the
case row serialises concurrent writers of one case. Answers are only ever
appended, so concurrent saves cannot overwrite each other.

Values are encrypted on the way in and decrypted on the way out; callers only see
the frozen records of ``records.py``.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Callable, Optional

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.interview.model import Answer, AnswerStatus

from bot.interview.urgency import window_is_urgent

from . import indexing, references
from .crypto import FieldCipher
from .erasure import CaseEraser, ErasedRecord
from .models import AnswerRow, Case, CaseEvent, CaseSearchTerm, StaffNotification
from .records import (
    STATUS_ACTIVE,
    STATUS_ARCHIVED,
    AnswerRecord,
    CaseNotFound,
    CaseRecord,
    EventRecord,
)
from .timestamps import utc_now

# A collision needs two equal random 40-bit references; several in a row means
# something else is wrong (and the IntegrityError is re-raised).
_REFERENCE_ATTEMPTS = 5


class CaseStore:
    """Cases, their answer history and their events, encrypted at rest."""

    def __init__(
        self,
        sessions: sessionmaker,
        cipher: FieldCipher,
        clock: Callable[[], datetime] = utc_now,
        organisation: str = "default",
    ):
        self._sessions = sessions
        self._cipher = cipher
        self._clock = clock
        self._organisation = organisation   # new cases belong to it (INTAKE_ORGANISATION)

    # -- cases -----------------------------------------------------------------

    def active_case(self, sender_id: str) -> Optional[CaseRecord]:
        """The sender's newest case that is not archived, if any."""
        query = (
            select(Case)
            .where(Case.sender_hash == self._cipher.lookup_hash(sender_id))
            .where(Case.status != STATUS_ARCHIVED)
            .order_by(Case.id.desc())
            .limit(1)
        )
        with self._sessions() as session:
            case = session.execute(query).scalars().first()
            return None if case is None else self._case_record(case)

    def open_case(self, sender_id: str, channel: str, language: str) -> CaseRecord:
        """Start a new case for this sender with a fresh unique reference."""
        for attempt in range(_REFERENCE_ATTEMPTS):
            now = self._now()
            case = Case(
                reference=references.new_reference(),
                sender_hash=self._cipher.lookup_hash(sender_id),
                sender_id_enc=self._cipher.encrypt(sender_id),
                channel=channel,
                language=language,
                status=STATUS_ACTIVE,
                state_enc=self._cipher.encrypt_json({}),
                created_at=now,
                updated_at=now,
                last_activity_at=now,
                organisation=self._organisation,
                review_status="new",
            )
            try:
                with self._sessions.begin() as session:
                    session.add(case)
                return self._case_record(case)
            except IntegrityError:
                if attempt + 1 == _REFERENCE_ATTEMPTS or not self._reference_taken(
                    case.reference
                ):
                    raise
        raise AssertionError("unreachable")

    def get_case(self, case_id: int) -> CaseRecord:
        with self._sessions() as session:
            case = session.get(Case, case_id)
            if case is None:
                raise CaseNotFound(case_id)
            return self._case_record(case)

    def find_by_reference(self, reference: str) -> Optional[CaseRecord]:
        """Find a case by the reference a person typed or read out."""
        query = select(Case).where(Case.reference == references.normalise_reference(reference))
        with self._sessions() as session:
            case = session.execute(query).scalars().first()
            return None if case is None else self._case_record(case)

    def cases_for_sender(self, sender_id: str) -> list[CaseRecord]:
        """All of the sender's cases, newest first (archived ones included)."""
        query = (
            select(Case)
            .where(Case.sender_hash == self._cipher.lookup_hash(sender_id))
            .order_by(Case.id.desc())
        )
        with self._sessions() as session:
            return [self._case_record(case) for case in session.execute(query).scalars()]

    def update_case(
        self,
        case_id: int,
        *,
        state: dict | None = None,
        language: str | None = None,
        status: str | None = None,
        channel: str | None = None,
        consent_at: datetime | None = None,
        completed_at: datetime | None = None,
        touch: bool = True,
    ) -> CaseRecord:
        """Change the given fields (None leaves a field as it is).

        ``touch`` marks applicant activity (``last_activity_at``); staff actions
        such as archiving pass ``touch=False``. ``updated_at`` always moves.
        """
        now = self._now()
        changes: dict[str, Any] = {"updated_at": now}
        if state is not None:
            changes["state_enc"] = self._cipher.encrypt_json(state)
        if language is not None:
            changes["language"] = language
        if status is not None:
            changes["status"] = status
        if channel is not None:
            changes["channel"] = channel
        if consent_at is not None:
            changes["consent_at"] = consent_at
        if completed_at is not None:
            changes["completed_at"] = completed_at
        if touch:
            changes["last_activity_at"] = now
        with self._sessions.begin() as session:
            self._update_case_row(session, case_id, changes)
            return self._case_record(session.get(Case, case_id, populate_existing=True))

    def erase_case(self, case_id: int, *, erased_by: str, reason: str) -> ErasedRecord:
        """Erase a case with everything it holds, keeping only what the audit needs
        (see ``erasure.py``)."""
        erased = CaseEraser(self._sessions, self._clock).erase(case_id, erased_by=erased_by,
                                                               reason=reason)
        if erased is None:
            raise CaseNotFound(case_id)
        return erased

    # -- answers ---------------------------------------------------------------

    def save_answer(self, case_id: int, answer: Answer, channel: str) -> AnswerRecord:
        """Append an accepted answer (never overwriting earlier ones); touch the case."""
        now = self._now()
        row = AnswerRow(
            case_id=case_id,
            question_id=answer.question_id,
            status=AnswerStatus(answer.status).value,
            value_enc=self._cipher.encrypt_json(answer.value),
            raw_text_enc=self._cipher.encrypt(answer.raw_text or ""),
            language=answer.language,
            channel=channel,
            created_at=now,
        )
        changes: dict[str, Any] = {"updated_at": now, "last_activity_at": now}
        answered = AnswerStatus(answer.status) is AnswerStatus.ANSWERED
        deadline = None
        if answer.question_id == indexing.DEADLINE_QUESTION:
            deadline = indexing.deadline_of(answer.value) if answered else None
            changes["treatment_deadline"] = deadline
        with self._sessions.begin() as session:
            self._update_case_row(session, case_id, changes)
            session.add(row)
            if answer.question_id in indexing.NAME_QUESTIONS:
                self._index_name(session, case_id, answer.question_id,
                                 str(answer.value or "") if answered else "")
            if window_is_urgent(deadline, now.date()):
                self._notify(session, case_id, "urgent", now)
        return self._answer_record(row)

    def _index_name(self, session: Session, case_id: int, question_id: str, name: str) -> None:
        """Replace the blind index of one name answer (see ``indexing``)."""
        session.execute(delete(CaseSearchTerm).where(CaseSearchTerm.case_id == case_id)
                        .where(CaseSearchTerm.question_id == question_id))
        for term in indexing.name_terms(name):
            session.add(CaseSearchTerm(case_id=case_id, question_id=question_id,
                                       term_hash=self._cipher.lookup_hash(term)))

    @staticmethod
    def _notify(session: Session, case_id: int, kind: str, now: datetime) -> None:
        """Queue one staff notification of this kind for the case (again if an
        earlier one was already sent: a second request for a person is news)."""
        existing = session.execute(
            select(StaffNotification).where(StaffNotification.case_id == case_id)
            .where(StaffNotification.kind == kind)).scalars().first()
        if existing is None:
            session.add(StaffNotification(case_id=case_id, kind=kind, created_at=now,
                                          attempts=0))
        elif existing.sent_at is not None and kind == "contact_requested":
            existing.sent_at, existing.attempts, existing.created_at = None, 0, now

    def current_answers(self, case_id: int) -> dict[str, Answer]:
        """The latest answer to each question, by question id."""
        latest = (
            select(func.max(AnswerRow.id))
            .where(AnswerRow.case_id == case_id)
            .group_by(AnswerRow.question_id)
            .scalar_subquery()
        )
        query = select(AnswerRow).where(AnswerRow.id.in_(latest)).order_by(AnswerRow.id)
        with self._sessions() as session:
            rows = session.execute(query).scalars().all()
        return {row.question_id: self._answer_record(row).to_answer() for row in rows}

    def answer_history(self, case_id: int) -> list[AnswerRecord]:
        """Every answer row of the case, oldest first (corrections included)."""
        query = select(AnswerRow).where(AnswerRow.case_id == case_id).order_by(AnswerRow.id)
        with self._sessions() as session:
            return [self._answer_record(row) for row in session.execute(query).scalars()]

    # -- events ----------------------------------------------------------------

    def add_event(self, case_id: int, kind: str, detail: dict | None = None) -> EventRecord:
        """Record something that happened to the case (does not count as activity)."""
        row = CaseEvent(
            case_id=case_id,
            kind=kind,
            detail_enc=None if detail is None else self._cipher.encrypt_json(detail),
            created_at=self._now(),
        )
        try:
            with self._sessions.begin() as session:
                session.add(row)
                if kind == "contact_requested":
                    self._update_case_row(session, case_id, {
                        "contact_requested_at": row.created_at, "contact_handled_at": None})
                    self._notify(session, case_id, kind, row.created_at)
        except IntegrityError as error:
            if not self._case_exists(case_id):
                raise CaseNotFound(case_id) from error
            raise
        return self._event_record(row)

    def events(self, case_id: int) -> list[EventRecord]:
        """The case's events, oldest first."""
        query = select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)
        with self._sessions() as session:
            return [self._event_record(row) for row in session.execute(query).scalars()]

    # -- helpers ---------------------------------------------------------------

    def _now(self) -> datetime:
        now = self._clock()
        if now.tzinfo is None or now.utcoffset() is None:
            raise ValueError("the store's clock must return timezone-aware datetimes")
        return now.astimezone(timezone.utc)

    @staticmethod
    def _update_case_row(session: Session, case_id: int, changes: dict[str, Any]) -> None:
        result = session.execute(
            update(Case)
            .where(Case.id == case_id)
            .values(**changes)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount == 0:
            raise CaseNotFound(case_id)

    def _reference_taken(self, reference: str) -> bool:
        with self._sessions() as session:
            found = session.execute(select(Case.id).where(Case.reference == reference))
            return found.first() is not None

    def _case_exists(self, case_id: int) -> bool:
        with self._sessions() as session:
            return session.get(Case, case_id) is not None

    def _case_record(self, case: Case) -> CaseRecord:
        return CaseRecord(
            id=case.id,
            reference=case.reference,
            sender_id=self._cipher.decrypt(case.sender_id_enc),
            channel=case.channel,
            language=case.language,
            status=case.status,
            state=self._cipher.decrypt_json(case.state_enc),
            created_at=case.created_at,
            updated_at=case.updated_at,
            last_activity_at=case.last_activity_at,
            consent_at=case.consent_at,
            completed_at=case.completed_at,
            organisation=case.organisation,
            review_status=case.review_status,
            assigned_to=case.assigned_to,
            treatment_deadline=case.treatment_deadline,
            contact_requested_at=case.contact_requested_at,
            contact_handled_at=case.contact_handled_at,
        )

    def _answer_record(self, row: AnswerRow) -> AnswerRecord:
        return AnswerRecord(
            id=row.id,
            case_id=row.case_id,
            question_id=row.question_id,
            status=AnswerStatus(row.status),
            value=self._cipher.decrypt_json(row.value_enc),
            raw_text=self._cipher.decrypt(row.raw_text_enc),
            language=row.language,
            channel=row.channel,
            created_at=row.created_at,
        )

    def _event_record(self, row: CaseEvent) -> EventRecord:
        return EventRecord(
            id=row.id,
            case_id=row.case_id,
            kind=row.kind,
            detail=None if row.detail_enc is None else self._cipher.decrypt_json(row.detail_enc),
            created_at=row.created_at,
        )
