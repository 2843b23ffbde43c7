"""Which cases have outlived their retention period, and purging them.

- An unfinished interview (never completed) untouched for
  ``INTAKE_RETAIN_UNFINISHED_DAYS`` (default 90): the applicant stopped answering.
- A case staff closed, unchanged for ``INTAKE_RETAIN_CLOSED_DAYS`` after closing
  (default 365).

A case a person is working on (in review, accepted, referred, or assigned to
someone) is never purged by age, finished or not. ``purge`` erases through
``CaseEraser`` (what remains: reference, dates, why), one case per transaction, so
it is safe to stop and to run again (cron, a Kubernetes CronJob): a second run
finds nothing more to do.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import sessionmaker

from .erasure import BY_RETENTION, CaseEraser
from .models import Case
from .timestamps import utc_now


@dataclass(frozen=True)
class RetentionPolicy:
    unfinished_days: int = 90
    closed_days: int = 365


@dataclass(frozen=True)
class PurgeCandidate:
    case_id: int
    reference: str
    organisation: str
    reason: str                  # retention_unfinished | retention_closed
    last_change: dt.datetime


def due_for_purge(sessions: sessionmaker, policy: RetentionPolicy,
                  now: dt.datetime) -> list[PurgeCandidate]:
    """Every case past its retention period, oldest first."""
    unfinished = and_(Case.completed_at.is_(None), Case.review_status == "new",
                      Case.assigned_to.is_(None),
                      Case.last_activity_at < now - dt.timedelta(days=policy.unfinished_days))
    closed = and_(Case.review_status == "closed",
                  Case.updated_at < now - dt.timedelta(days=policy.closed_days))
    query = (select(Case.id, Case.reference, Case.organisation, Case.review_status,
                    Case.updated_at, Case.last_activity_at)
             .where(or_(unfinished, closed)).order_by(Case.id))
    with sessions() as session:
        return [PurgeCandidate(
            row.id, row.reference, row.organisation,
            "retention_closed" if row.review_status == "closed" else "retention_unfinished",
            row.updated_at if row.review_status == "closed" else row.last_activity_at)
            for row in session.execute(query)]


def purge(sessions: sessionmaker, policy: RetentionPolicy, *, dry_run: bool = False,
          clock: Callable[[], dt.datetime] = utc_now) -> list[PurgeCandidate]:
    """Erase every case past its period (or only list them); return those erased
    (or, in a dry run, those that would be)."""
    candidates = due_for_purge(sessions, policy, clock())
    if dry_run:
        return candidates
    eraser = CaseEraser(sessions, clock)
    return [candidate for candidate in candidates if eraser.erase(
        candidate.case_id, erased_by=BY_RETENTION, reason=candidate.reason,
        still_due=lambda case, seen=candidate: _unchanged(case, seen)) is not None]


def _unchanged(case: Case, seen: PurgeCandidate) -> bool:
    current = case.updated_at if seen.reason == "retention_closed" else case.last_activity_at
    return current <= seen.last_change
