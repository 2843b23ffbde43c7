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

from sqlalchemy import ForeignKey, Index, Integer, MetaData, String, Text
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
    __table_args__ = {"sqlite_autoincrement": True}

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
