"""Staff accounts, sign-in failures and the audit log.

Kept apart from ``CaseStore``: it is about the people who read cases, not the
cases. Each method is one short transaction and hands out frozen records.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable, Optional

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from .models import AuditEntry, LoginFailure, StaffUser
from .timestamps import utc_now

ROLES = ("admin", "attorney", "staff")


class StaffUserExists(ValueError):
    """An account with that e-mail address already exists."""


@dataclass(frozen=True)
class StaffUserRecord:
    id: int
    organisation: str
    email: str
    display_name: str
    password_hash: str
    role: str
    active: bool
    session_version: int
    created_at: datetime
    last_login_at: Optional[datetime]

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    organisation: str
    actor_id: Optional[int]
    actor_email: str
    action: str
    case_reference: Optional[str]
    detail: Optional[dict]
    remote_addr: Optional[str]


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


class StaffDirectory:
    """Accounts, throttling counters and the audit trail on one database."""

    def __init__(self, sessions: sessionmaker, clock: Callable[[], datetime] = utc_now):
        self._sessions = sessions
        self._clock = clock

    def _now(self) -> datetime:
        return self._clock().astimezone(timezone.utc)

    # -- accounts --------------------------------------------------------------

    def create_user(self, organisation: str, email: str, display_name: str,
                    password_hash: str, role: str) -> StaffUserRecord:
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        row = StaffUser(organisation=organisation, email=normalise_email(email),
                        display_name=display_name.strip(), password_hash=password_hash,
                        role=role, active=True, session_version=1, created_at=self._now())
        try:
            with self._sessions.begin() as session:
                session.add(row)
        except IntegrityError as error:
            raise StaffUserExists(normalise_email(email)) from error
        return _user_record(row)

    def get_user(self, user_id: int) -> Optional[StaffUserRecord]:
        with self._sessions() as session:
            row = session.get(StaffUser, user_id)
            return None if row is None else _user_record(row)

    def find_user(self, email: str) -> Optional[StaffUserRecord]:
        query = select(StaffUser).where(StaffUser.email == normalise_email(email))
        with self._sessions() as session:
            row = session.execute(query).scalars().first()
            return None if row is None else _user_record(row)

    def users(self, organisation: str) -> list[StaffUserRecord]:
        query = (select(StaffUser).where(StaffUser.organisation == organisation)
                 .order_by(StaffUser.display_name, StaffUser.id))
        with self._sessions() as session:
            return [_user_record(row) for row in session.execute(query).scalars()]

    def update_user(self, user_id: int, *, role: Optional[str] = None,
                    active: Optional[bool] = None,
                    password_hash: Optional[str] = None) -> StaffUserRecord:
        """Change an account. Any change to access signs the user out everywhere
        (``session_version`` moves), so a demoted or disabled account loses its
        open sessions at once."""
        changes: dict = {"session_version": StaffUser.session_version + 1}
        if role is not None:
            if role not in ROLES:
                raise ValueError(f"role must be one of {', '.join(ROLES)}")
            changes["role"] = role
        if active is not None:
            changes["active"] = active
        if password_hash is not None:
            changes["password_hash"] = password_hash
        with self._sessions.begin() as session:
            session.execute(update(StaffUser).where(StaffUser.id == user_id).values(**changes))
            row = session.get(StaffUser, user_id, populate_existing=True)
            if row is None:
                raise LookupError(user_id)
            return _user_record(row)

    def end_sessions(self, user_id: int) -> None:
        """Sign the account out everywhere (on sign-out: a copied cookie dies too)."""
        with self._sessions.begin() as session:
            session.execute(update(StaffUser).where(StaffUser.id == user_id)
                            .values(session_version=StaffUser.session_version + 1))

    def rehash_password(self, user_id: int, password_hash: str) -> None:
        """Store a stronger hash of the same password (no sign-out)."""
        with self._sessions.begin() as session:
            session.execute(update(StaffUser).where(StaffUser.id == user_id)
                            .values(password_hash=password_hash))

    def record_login(self, user_id: int) -> None:
        with self._sessions.begin() as session:
            session.execute(update(StaffUser).where(StaffUser.id == user_id)
                            .values(last_login_at=self._now()))

    # -- throttling ------------------------------------------------------------

    def record_failure(self, key_hash: str) -> int:
        """Count one failed (or not yet verified) sign-in against this key."""
        with self._sessions.begin() as session:
            row = LoginFailure(key_hash=key_hash, failed_at=self._now())
            session.add(row)
            session.flush()
            return row.id

    def forget_failures(self, failure_ids: list[int]) -> None:
        """Take back attempts that turned out to be successful sign-ins."""
        with self._sessions.begin() as session:
            session.execute(delete(LoginFailure).where(LoginFailure.id.in_(failure_ids)))

    def recent_failures(self, key_hash: str, window: timedelta) -> int:
        query = (select(func.count()).select_from(LoginFailure)
                 .where(LoginFailure.key_hash == key_hash)
                 .where(LoginFailure.failed_at >= self._now() - window))
        with self._sessions() as session:
            return int(session.execute(query).scalar_one())

    def clear_failures(self, key_hash: str) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(LoginFailure).where(LoginFailure.key_hash == key_hash))

    # -- audit -----------------------------------------------------------------

    def audit(self, *, organisation: str, actor: Optional[StaffUserRecord], action: str,
              case_reference: Optional[str] = None, detail: Optional[dict] = None,
              remote_addr: Optional[str] = None, actor_email: str = "") -> None:
        """Append one audit entry. ``detail`` must never hold applicant facts."""
        row = AuditEntry(
            at=self._now(), organisation=organisation,
            actor_id=actor.id if actor else None,
            actor_email=actor.email if actor else normalise_email(actor_email),
            action=action, case_reference=case_reference,
            detail=None if detail is None else json.dumps(detail, sort_keys=True),
            remote_addr=remote_addr)
        with self._sessions.begin() as session:
            session.add(row)

    def audit_entries(self, organisation: str, *, case_reference: Optional[str] = None,
                      limit: int = 100, offset: int = 0) -> tuple[list[AuditRecord], int]:
        """Entries newest first, and how many there are in all."""
        query = select(AuditEntry).where(AuditEntry.organisation == organisation)
        if case_reference:
            query = query.where(AuditEntry.case_reference == case_reference)
        count = select(func.count()).select_from(query.subquery())
        page = query.order_by(AuditEntry.id.desc()).limit(limit).offset(offset)
        with self._sessions() as session:
            total = int(session.execute(count).scalar_one())
            return [_audit_record(row) for row in session.execute(page).scalars()], total


def _user_record(row: StaffUser) -> StaffUserRecord:
    return StaffUserRecord(row.id, row.organisation, row.email, row.display_name,
                           row.password_hash, row.role, bool(row.active), row.session_version,
                           row.created_at, row.last_login_at)


def _audit_record(row: AuditEntry) -> AuditRecord:
    return AuditRecord(row.id, row.at, row.organisation, row.actor_id, row.actor_email,
                       row.action, row.case_reference,
                       None if row.detail is None else json.loads(row.detail), row.remote_addr)
