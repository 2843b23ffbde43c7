"""The database tables (SQLAlchemy ORM, 2.0-style).

``cases``
    One row per applicant conversation. ``reference`` is the human-friendly case
    reference ("PI-7K3M-Q9XD") given to the applicant and the legal team.
    ``sender_hash`` (HMAC of the sender id, indexed) finds a sender's cases;
    ``sender_id_enc`` keeps the sender id itself, encrypted. ``state_enc`` is the
    interview engine's state as encrypted JSON. ``channel``, ``language`` and
    ``status`` stay readable: they hold no applicant facts and staff filter on them.
``answers``
    Append-only: one row per accepted answer, never updated. A corrected answer is
    a new row; the current answer to a question is its row with the highest id.
    ``value_enc`` (typed value as JSON) and ``raw_text_enc`` (what the applicant
    typed) are encrypted; ``question_id`` and ``status`` are readable.
``case_events``
    What happened to a case (consent given, report viewed, ...): ``kind`` readable,
    ``detail_enc`` encrypted JSON or NULL.

Children are deleted with their case (``ON DELETE CASCADE``) so that deleting a
case on request leaves nothing behind. On SQLite every table uses AUTOINCREMENT so
an id is never reused after a deletion (a stale reference to a deleted case must
never point at somebody else's case).

Keep this module and ``migrations/versions`` in step: a test compares them.
"""
from __future__ import annotations

from sqlalchemy import (Boolean, Date, Float, ForeignKey, Index, Integer, MetaData, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import declarative_base, relationship
from sqlalchemy.sql.schema import Column

from .timestamps import UTCDateTime

# Deterministic constraint names on every database, so migrations can name them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_N_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Base = declarative_base(metadata=MetaData(naming_convention=NAMING_CONVENTION))


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_organisation_created_at", "organisation", "created_at"),
        Index("ix_cases_organisation_treatment_deadline", "organisation", "treatment_deadline"),
        {"sqlite_autoincrement": True},
    )

    id = Column(Integer, primary_key=True)
    reference = Column(String(16), nullable=False, unique=True)
    sender_hash = Column(String(64), nullable=False, index=True)
    sender_id_enc = Column(Text, nullable=False)
    channel = Column(String(32), nullable=False)
    language = Column(String(16), nullable=False)
    status = Column(String(32), nullable=False)
    state_enc = Column(Text, nullable=False)
    created_at = Column(UTCDateTime(), nullable=False)
    updated_at = Column(UTCDateTime(), nullable=False)
    last_activity_at = Column(UTCDateTime(), nullable=False)
    consent_at = Column(UTCDateTime(), nullable=True)
    completed_at = Column(UTCDateTime(), nullable=True)
    # Staff workflow (readable: the dashboard filters and sorts on them). The
    # treatment deadline is the one answer copied here in clear, so that the list
    # can put urgent cases first without decrypting every case (docs/privacy.md).
    organisation = Column(String(64), nullable=False, server_default="default")
    review_status = Column(String(16), nullable=False, server_default="new")
    assigned_to = Column(Integer, nullable=True)   # staff_users.id; accounts are never deleted
    treatment_deadline = Column(Date, nullable=True)
    contact_requested_at = Column(UTCDateTime(), nullable=True)
    contact_handled_at = Column(UTCDateTime(), nullable=True)

    answers = relationship("AnswerRow", back_populates="case", passive_deletes=True)
    events = relationship("CaseEvent", back_populates="case", passive_deletes=True)


class AnswerRow(Base):
    __tablename__ = "answers"
    __table_args__ = (
        Index("ix_answers_case_id_question_id", "case_id", "question_id"),
        {"sqlite_autoincrement": True},
    )

    id = Column(Integer, primary_key=True)
    case_id = Column(Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False)
    question_id = Column(String(64), nullable=False)
    status = Column(String(16), nullable=False)
    value_enc = Column(Text, nullable=False)
    raw_text_enc = Column(Text, nullable=False)
    language = Column(String(16), nullable=False)
    channel = Column(String(32), nullable=False)
    created_at = Column(UTCDateTime(), nullable=False)

    case = relationship("Case", back_populates="answers")


class CaseEvent(Base):
    __tablename__ = "case_events"
    __table_args__ = {"sqlite_autoincrement": True}

    id = Column(Integer, primary_key=True)
    case_id = Column(
        Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind = Column(String(64), nullable=False)
    detail_enc = Column(Text, nullable=True)
    created_at = Column(UTCDateTime(), nullable=False)

    case = relationship("Case", back_populates="events")


class InboundMessage(Base):
    """A provider message id (Twilio ``MessageSid``) already taken for processing.

    The unique constraint is the dedupe: whichever process inserts first handles
    the message; a retry or duplicate delivery, in any process, after any restart,
    fails the insert and is dropped. Holds no applicant data.
    """

    __tablename__ = "inbound_messages"
    __table_args__ = {"sqlite_autoincrement": True}

    id = Column(Integer, primary_key=True)
    message_sid = Column(String(64), nullable=False, unique=True)
    received_at = Column(UTCDateTime(), nullable=False)


class MessagingOptOut(Base):
    """A phone number that said STOP: nothing is sent to it until it says START.

    ``number_hash`` is the look-up HMAC of the E.164 number (as ``cases.sender_hash``),
    so the table never holds a readable number.
    """

    __tablename__ = "messaging_opt_outs"
    __table_args__ = {"sqlite_autoincrement": True}

    id = Column(Integer, primary_key=True)
    number_hash = Column(String(64), nullable=False, unique=True)
    opted_out_at = Column(UTCDateTime(), nullable=False)


class CaseDocument(Base):
    """A file the applicant sent (photo, PDF), encrypted, filed on the case as evidence.

    ``data_enc`` is the Fernet token of the file's bytes; ``question_id`` is the
    question being asked when it arrived. Deleted with its case.
    """

    __tablename__ = "case_documents"
    __table_args__ = {"sqlite_autoincrement": True}

    id = Column(Integer, primary_key=True)
    case_id = Column(
        Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    question_id = Column(String(64), nullable=True)
    content_type = Column(String(64), nullable=False)
    size_bytes = Column(Integer, nullable=False)
    data_enc = Column(Text, nullable=False)
    created_at = Column(UTCDateTime(), nullable=False)
    page_count = Column(Integer, nullable=True)   # pages of a PDF, 1 for a photo


class StaffUser(Base):
    """A member of the legal team who signs in to the dashboard.

    ``password_hash`` is an argon2id hash. ``session_version`` is part of every
    session cookie: raising it (password change, deactivation) signs the user out
    everywhere. Accounts are deactivated, never deleted, so the audit log and
    assignments keep pointing at a real person.
    """

    __tablename__ = "staff_users"
    __table_args__ = {"sqlite_autoincrement": True}

    id = Column(Integer, primary_key=True)
    organisation = Column(String(64), nullable=False)
    email = Column(String(254), nullable=False, unique=True)
    display_name = Column(String(128), nullable=False)
    password_hash = Column(String(256), nullable=False)
    role = Column(String(16), nullable=False)
    active = Column(Boolean, nullable=False)
    session_version = Column(Integer, nullable=False)
    created_at = Column(UTCDateTime(), nullable=False)
    last_login_at = Column(UTCDateTime(), nullable=True)


class LoginFailure(Base):
    """A failed sign-in, keyed by the HMAC of the account e-mail or of the client
    address, so throttling works across processes and restarts."""

    __tablename__ = "login_failures"
    __table_args__ = (
        Index("ix_login_failures_key_hash_failed_at", "key_hash", "failed_at"),
        {"sqlite_autoincrement": True},
    )

    id = Column(Integer, primary_key=True)
    key_hash = Column(String(64), nullable=False)
    failed_at = Column(UTCDateTime(), nullable=False)


class AuditEntry(Base):
    """Who did what to which case, and when. Holds no applicant facts: the case
    is named by its reference and ``detail`` says what changed (a status, a
    format), never what the case contains. Kept when a case is deleted."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_organisation_at", "organisation", "at"),
        Index("ix_audit_log_case_reference", "case_reference"),
        {"sqlite_autoincrement": True},
    )

    id = Column(Integer, primary_key=True)
    at = Column(UTCDateTime(), nullable=False)
    organisation = Column(String(64), nullable=False)
    actor_id = Column(Integer, nullable=True)
    actor_email = Column(String(254), nullable=False)
    action = Column(String(64), nullable=False)
    case_reference = Column(String(16), nullable=True)
    detail = Column(Text, nullable=True)
    remote_addr = Column(String(64), nullable=True)


class CaseNote(Base):
    """An internal note by staff on a case (encrypted; deleted with the case)."""

    __tablename__ = "case_notes"
    __table_args__ = {"sqlite_autoincrement": True}

    id = Column(Integer, primary_key=True)
    case_id = Column(
        Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    author_id = Column(Integer, nullable=True)
    author_name = Column(String(128), nullable=False)
    text_enc = Column(Text, nullable=False)
    created_at = Column(UTCDateTime(), nullable=False)


class CaseSearchTerm(Base):
    """A blind index of names: the HMAC of each word of a name answer, so staff can
    find a case by name while the names themselves stay encrypted."""

    __tablename__ = "case_search_terms"
    __table_args__ = {"sqlite_autoincrement": True}

    id = Column(Integer, primary_key=True)
    case_id = Column(
        Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    question_id = Column(String(64), nullable=False)
    term_hash = Column(String(64), nullable=False, index=True)


class StaffNotification(Base):
    """An outbox row: staff are to be told about a case (urgent, contact requested).

    Written in the same transaction as what caused it; the notifier sends pending
    rows and marks them sent. One row per case and kind, so nobody is told twice.
    """

    __tablename__ = "staff_notifications"
    __table_args__ = (
        UniqueConstraint("case_id", "kind"),
        {"sqlite_autoincrement": True},
    )

    id = Column(Integer, primary_key=True)
    case_id = Column(Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False)
    kind = Column(String(32), nullable=False)
    created_at = Column(UTCDateTime(), nullable=False)
    sent_at = Column(UTCDateTime(), nullable=True, index=True)
    attempts = Column(Integer, nullable=False)
    last_error = Column(String(256), nullable=True)


class ErasedCase(Base):
    """What remains of a deleted case: the reference, its organisation, when it
    started, when and why it was erased and by whom. Nothing the applicant said.

    Written in the transaction that deletes the case (``erasure.CaseEraser``), so
    the audit can always say what happened to a reference.
    """

    __tablename__ = "erased_cases"
    __table_args__ = (
        Index("ix_erased_cases_organisation_erased_at", "organisation", "erased_at"),
        {"sqlite_autoincrement": True},
    )

    id = Column(Integer, primary_key=True)
    reference = Column(String(16), nullable=False, unique=True)
    organisation = Column(String(64), nullable=False)
    started_at = Column(UTCDateTime(), nullable=False)
    erased_at = Column(UTCDateTime(), nullable=False)
    erased_by = Column(String(254), nullable=False)   # "applicant", "retention" or a staff e-mail
    reason = Column(String(32), nullable=False)


class TrackerEvent(Base):
    """Rasa's conversation events (``tracker_store.EncryptedTrackerStore``): the
    sender is the same HMAC as ``cases.sender_hash``, the event itself (message
    text, NLU parse, slots) is encrypted JSON. Only the event type and its time stay
    readable, which Rasa needs to find the latest conversation session."""

    __tablename__ = "tracker_events"
    __table_args__ = (
        Index("ix_tracker_events_sender_hash_id", "sender_hash", "id"),
        {"sqlite_autoincrement": True},
    )

    id = Column(Integer, primary_key=True)
    sender_hash = Column(String(64), nullable=False)
    type_name = Column(String(64), nullable=False)
    timestamp = Column(Float, nullable=True)
    data_enc = Column(Text, nullable=False)
