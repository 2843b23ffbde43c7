"""The staff notification outbox (``staff_notifications``): read pending rows, mark
them sent or failed. Rows are written by ``CaseStore`` in the transaction of what
caused them (an urgent deadline, a request to talk to a person)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import and_, exists, insert, literal, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from bot.interview.urgency import urgent_cutoff

from .models import Case, StaffNotification
from .timestamps import utc_now

MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class PendingNotification:
    id: int
    kind: str
    case_reference: str
    organisation: str
    attempts: int


class NotificationOutbox:
    def __init__(self, sessions: sessionmaker, clock: Callable[[], dt.datetime] = utc_now):
        self._sessions = sessions
        self._clock = clock

    def pending(self, limit: int = 50) -> list[PendingNotification]:
        """Unsent notifications that have not failed too often, oldest first."""
        query = (select(StaffNotification, Case.reference, Case.organisation)
                 .join(Case, Case.id == StaffNotification.case_id)
                 .where(StaffNotification.sent_at.is_(None))
                 .where(StaffNotification.attempts < MAX_ATTEMPTS)
                 .order_by(StaffNotification.id).limit(limit))
        with self._sessions() as session:
            return [PendingNotification(row.id, row.kind, reference, organisation, row.attempts)
                    for row, reference, organisation in session.execute(query)]

    def queue_newly_urgent(self) -> int:
        """Queue an ``urgent`` notice for every case whose treatment window has
        come within the urgent period since it was answered (a deadline 60 days
        out becomes urgent a month later with nobody writing to the case).
        Windows already past are left out: they are not news. Returns how many
        were queued."""
        now = self._clock()
        today = now.date()
        already = exists().where(and_(StaffNotification.case_id == Case.id,
                                      StaffNotification.kind == "urgent"))
        newly_urgent = (select(Case.id, literal("urgent"), literal(now), literal(0))
                        .where(Case.treatment_deadline >= today)
                        .where(Case.treatment_deadline <= urgent_cutoff(today))
                        .where(~already))
        statement = insert(StaffNotification).from_select(
            ["case_id", "kind", "created_at", "attempts"], newly_urgent)
        try:
            with self._sessions.begin() as session:
                return session.execute(statement).rowcount or 0
        except IntegrityError:   # another process queued the same case a moment ago
            return 0

    def mark_sent(self, notification_id: int) -> None:
        self._update(notification_id, sent_at=self._clock(), last_error=None,
                     attempts=StaffNotification.attempts + 1)

    def mark_failed(self, notification_id: int, error: str) -> None:
        self._update(notification_id, last_error=error[:256],
                     attempts=StaffNotification.attempts + 1)

    def _update(self, notification_id: int, **values) -> None:
        with self._sessions.begin() as session:
            session.execute(update(StaffNotification)
                            .where(StaffNotification.id == notification_id).values(**values))
