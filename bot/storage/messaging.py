"""What the messaging channels keep: which provider messages were already taken,
which phone numbers opted out of messages, and the files applicants sent.

Separate from ``CaseStore`` because it is about the medium, not the case: a STOP
holds for the phone whatever case it has, and a duplicate delivery is dropped
before anyone knows which case it belongs to. Each method is one short transaction.
"""
from __future__ import annotations

from datetime import datetime, timezone
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from cryptography.fernet import Fernet, MultiFernet
from sqlalchemy.orm import sessionmaker

from bot.config import Settings

from .crypto import FieldCipher
from .db import make_sessions
from .models import CaseDocument, InboundMessage, MessagingOptOut
from .timestamps import utc_now


class MessagingStore:
    """Message dedupe and opt-outs; numbers are only ever stored as look-up hashes."""

    def __init__(self, sessions: sessionmaker, cipher: FieldCipher,
                 clock: Callable[[], datetime] = utc_now):
        self._sessions = sessions
        self._cipher = cipher
        self._clock = clock

    def claim_message(self, message_sid: str) -> bool:
        """True the first time ``message_sid`` is seen (anywhere), False ever after."""
        if not message_sid:
            raise ValueError("a message id is required")
        try:
            with self._sessions.begin() as session:
                session.add(InboundMessage(message_sid=message_sid, received_at=self._now()))
        except IntegrityError:
            return False
        return True

    def opt_out(self, number: str) -> bool:
        """Record that ``number`` wants no messages; True if it was not opted out before."""
        try:
            with self._sessions.begin() as session:
                session.add(MessagingOptOut(number_hash=self._hash(number),
                                            opted_out_at=self._now()))
        except IntegrityError:
            return False
        return True

    def opt_in(self, number: str) -> bool:
        """Lift an opt-out; True if ``number`` was opted out."""
        with self._sessions.begin() as session:
            result = session.execute(
                delete(MessagingOptOut).where(MessagingOptOut.number_hash == self._hash(number)))
            return result.rowcount > 0

    def is_opted_out(self, number: str) -> bool:
        query = select(MessagingOptOut.id).where(MessagingOptOut.number_hash == self._hash(number))
        with self._sessions() as session:
            return session.execute(query).first() is not None

    def _hash(self, number: str) -> str:
        if not number:
            raise ValueError("a number is required")
        return self._cipher.lookup_hash(f"phone:{number}")

    def _now(self) -> datetime:
        return self._clock().astimezone(timezone.utc)


@dataclass(frozen=True)
class DocumentInfo:
    """A filed document without its bytes: what the report and the case page list."""

    id: int
    case_id: int
    question_id: Optional[str]
    content_type: str
    size_bytes: int
    created_at: datetime
    page_count: Optional[int]


@dataclass(frozen=True)
class DocumentRecord:
    id: int
    case_id: int
    question_id: Optional[str]
    content_type: str
    size_bytes: int
    data: bytes
    created_at: datetime
    page_count: Optional[int] = None


def count_pages(content_type: str, data: bytes) -> Optional[int]:
    """Pages of a PDF (None when it cannot be read), 1 for a photo."""
    if content_type.startswith("image/"):
        return 1
    if content_type != "application/pdf":
        return None
    import io

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        return len(PdfReader(io.BytesIO(data)).pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        return None   # damaged or encrypted: still filed, page count unknown


class CaseDocuments:
    """Files filed on a case, encrypted with the case store's keys (newest first)."""

    def __init__(self, sessions: sessionmaker, keys: Sequence[str],
                 clock: Callable[[], datetime] = utc_now):
        self._sessions = sessions
        self._fernet = MultiFernet([Fernet(key) for key in keys])
        self._clock = clock

    def add(self, case_id: int, question_id: Optional[str], content_type: str,
            data: bytes) -> int:
        """Store ``data`` encrypted on the case; return the document id."""
        row = CaseDocument(case_id=case_id, question_id=question_id, content_type=content_type,
                           size_bytes=len(data), page_count=count_pages(content_type, data),
                           data_enc=self._fernet.encrypt(data).decode("ascii"),
                           created_at=self._clock().astimezone(timezone.utc))
        with self._sessions.begin() as session:
            session.add(row)
        return row.id

    def for_case(self, case_id: int) -> list[DocumentRecord]:
        query = select(CaseDocument).where(CaseDocument.case_id == case_id).order_by(
            CaseDocument.id)
        with self._sessions() as session:
            rows = session.execute(query).scalars().all()
        return [DocumentRecord(row.id, row.case_id, row.question_id, row.content_type,
                               row.size_bytes, self._fernet.decrypt(row.data_enc.encode("ascii")),
                               row.created_at, row.page_count) for row in rows]

    def index_for_case(self, case_id: int) -> list[DocumentInfo]:
        """The case's documents without decrypting their bytes, oldest first."""
        query = (select(CaseDocument.id, CaseDocument.case_id, CaseDocument.question_id,
                        CaseDocument.content_type, CaseDocument.size_bytes,
                        CaseDocument.created_at, CaseDocument.page_count)
                 .where(CaseDocument.case_id == case_id).order_by(CaseDocument.id))
        with self._sessions() as session:
            return [DocumentInfo(*row) for row in session.execute(query)]

    def get(self, case_id: int, document_id: int) -> Optional[DocumentRecord]:
        """One document of that case (None if it belongs to another case)."""
        query = (select(CaseDocument).where(CaseDocument.id == document_id)
                 .where(CaseDocument.case_id == case_id))
        with self._sessions() as session:
            row = session.execute(query).scalars().first()
        if row is None:
            return None
        return DocumentRecord(row.id, row.case_id, row.question_id, row.content_type,
                              row.size_bytes, self._fernet.decrypt(row.data_enc.encode("ascii")),
                              row.created_at, row.page_count)


def open_case_documents(settings: Settings) -> CaseDocuments:
    """The document store on the settings' database (shares the cached engine)."""
    from . import _engines, open_store

    open_store(settings)
    return CaseDocuments(make_sessions(_engines[settings.database_url]), settings.encryption_keys)


def open_messaging_store(settings: Settings) -> MessagingStore:
    """A messaging store on the settings' database, migrated (shares the engine)."""
    from . import _engines, open_store   # the package caches one engine per URL

    open_store(settings)                 # creates and migrates that engine once per process
    engine = _engines[settings.database_url]
    return MessagingStore(make_sessions(engine),
                          FieldCipher(settings.encryption_keys, settings.lookup_key))
