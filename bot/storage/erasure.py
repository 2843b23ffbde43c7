"""Erasing a case: on the applicant's request, by an administrator, or when its
retention period is over (``retention.py``).

One transaction writes what remains (``erased_cases``: reference, organisation,
start date, when, by whom, why), deletes the sender's Rasa conversation events
(``tracker_events``) and the case row; its answers, events, documents, notes,
search terms and notices go with it (``ON DELETE CASCADE``).
The staff audit log keeps its entries, which name the reference and never what
the case held. Erasing an already erased case does nothing (idempotent).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Optional

from sqlalchemy import delete, select
from sqlalchemy.orm import sessionmaker

from .models import Case, ErasedCase, TrackerEvent
from .timestamps import utc_now

REASONS = ("applicant_request", "staff_request", "retention_unfinished", "retention_closed")
BY_APPLICANT = "applicant"
BY_RETENTION = "retention"


@dataclass(frozen=True)
class ErasedRecord:
    reference: str
    organisation: str
    started_at: dt.datetime
    erased_at: dt.datetime
    erased_by: str
    reason: str


class CaseEraser:
    def __init__(self, sessions: sessionmaker, clock: Callable[[], dt.datetime] = utc_now):
        self._sessions = sessions
        self._clock = clock

    def erase(self, case_id: int, *, erased_by: str, reason: str,
              still_due: Optional[Callable[[Case], bool]] = None) -> Optional[ErasedRecord]:
        """Erase the case; None when there is no such case (any more), or when
        ``still_due`` says the case changed since it was chosen (read in the same
        transaction: an applicant who writes during a purge keeps their case)."""
        if reason not in REASONS:
            raise ValueError(f"reason must be one of {', '.join(REASONS)}")
        with self._sessions.begin() as session:
            case = session.get(Case, case_id)
            if case is None or (still_due is not None and not still_due(case)):
                return None
            remains = ErasedCase(reference=case.reference, organisation=case.organisation,
                                 started_at=case.created_at,
                                 erased_at=self._clock().astimezone(dt.timezone.utc),
                                 erased_by=erased_by[:254], reason=reason)
            session.add(remains)
            # Rasa's copy of the conversation (the sender's, whichever case it was for).
            session.execute(delete(TrackerEvent)
                            .where(TrackerEvent.sender_hash == case.sender_hash))
            session.execute(delete(Case).where(Case.id == case_id)
                            .execution_options(synchronize_session=False))
            session.flush()
            return _record(remains)

    def erased(self, organisation: str, *, limit: int = 100) -> list[ErasedRecord]:
        """The organisation's erased cases, newest first (for administrators)."""
        query = (select(ErasedCase).where(ErasedCase.organisation == organisation)
                 .order_by(ErasedCase.erased_at.desc(), ErasedCase.id.desc()).limit(limit))
        with self._sessions() as session:
            return [_record(row) for row in session.execute(query).scalars()]


def _record(row: ErasedCase) -> ErasedRecord:
    return ErasedRecord(row.reference, row.organisation, row.started_at, row.erased_at,
                        row.erased_by, row.reason)
