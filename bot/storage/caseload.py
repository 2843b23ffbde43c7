"""The staff's view of cases: find, filter, sort and page them; the review workflow
(status, assignment, "contact requested" handling) and internal notes.

Every query is scoped to one organisation: staff of one clinic never see another's
cases, whatever they type in a URL. The list reads only readable columns plus the
blind name index; it decrypts the patient's name for the rows of one page only,
so it stays fast with tens of thousands of cases.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Optional, Sequence

import phonenumbers
from sqlalchemy import case as sql_case, func, or_, select, update
from sqlalchemy.orm import sessionmaker

from bot.interview.urgency import urgent_cutoff, window_is_urgent

from . import indexing, references
from .crypto import FieldCipher
from .models import AnswerRow, Case, CaseNote, CaseSearchTerm, StaffUser
from .timestamps import utc_now

REVIEW_STATUSES = ("new", "in_review", "accepted", "referred", "closed")
SORTS = ("urgent", "newest", "oldest", "deadline", "activity")
PAGE_SIZE = 25
PATIENT_NAME_QUESTION = "patient_name"


@dataclass(frozen=True)
class CaseFilter:
    """What the case list was asked for (all optional; the default is every case,
    urgent first)."""

    text: str = ""                       # a reference, a phone number or name words
    review_status: str = ""
    urgent_only: bool = False
    language: str = ""
    channel: str = ""
    created_from: Optional[dt.date] = None
    created_to: Optional[dt.date] = None
    assigned_to: Optional[int] = None
    contact_pending: bool = False
    sort: str = "urgent"
    page: int = 1


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: int
    reference: str
    patient_name: str
    review_status: str
    interview_status: str
    language: str
    channel: str
    created_at: dt.datetime
    last_activity_at: dt.datetime
    treatment_deadline: Optional[dt.date]
    urgent: bool
    assigned_name: str
    contact_pending: bool


@dataclass(frozen=True)
class CasePage:
    rows: list[CaseRow]
    total: int
    page: int
    pages: int
    filters: CaseFilter = field(default_factory=CaseFilter)


@dataclass(frozen=True)
class NoteRecord:
    id: int
    case_id: int
    author_name: str
    text: str
    created_at: dt.datetime


class Caseload:
    """Queries and workflow changes for the staff dashboard, per organisation."""

    def __init__(self, sessions: sessionmaker, cipher: FieldCipher,
                 clock: Callable[[], dt.datetime] = utc_now):
        self._sessions = sessions
        self._cipher = cipher
        self._clock = clock

    def _now(self) -> dt.datetime:
        return self._clock().astimezone(dt.timezone.utc)

    # -- the list --------------------------------------------------------------

    def list_cases(self, organisation: str, filters: CaseFilter = CaseFilter(),
                   page_size: int = PAGE_SIZE) -> CasePage:
        today = self._now().date()
        cutoff = urgent_cutoff(today)
        query = select(Case.id).where(Case.organisation == organisation)
        query = self._apply_filters(query, filters, cutoff)
        count = select(func.count()).select_from(query.subquery())
        page = max(1, filters.page)
        ordered = query.order_by(*self._ordering(filters.sort, cutoff)).limit(page_size).offset(
            (page - 1) * page_size)
        with self._sessions() as session:
            total = int(session.execute(count).scalar_one())
            ids = [row[0] for row in session.execute(ordered)]
            cases = {case.id: case for case in session.execute(
                select(Case).where(Case.id.in_(ids))).scalars()} if ids else {}
            names = self._patient_names(session, ids)
            staff = self._staff_names(session, {c.assigned_to for c in cases.values()})
            rows = [self._row(cases[case_id], names.get(case_id, ""), staff, today)
                    for case_id in ids]
        pages = max(1, -(-total // page_size))
        return CasePage(rows, total, page, pages, filters)

    def _apply_filters(self, query, filters: CaseFilter, cutoff: dt.date):
        if filters.text.strip():
            query = query.where(self._text_match(filters.text))
        if filters.review_status in REVIEW_STATUSES:
            query = query.where(Case.review_status == filters.review_status)
        if filters.urgent_only:
            query = query.where(Case.treatment_deadline <= cutoff)
        if filters.language:
            query = query.where(Case.language == filters.language)
        if filters.channel:
            query = query.where(Case.channel == filters.channel)
        if filters.created_from:
            query = query.where(Case.created_at >= _start_of(filters.created_from))
        if filters.created_to:
            query = query.where(Case.created_at < _start_of(filters.created_to + dt.timedelta(1)))
        if filters.assigned_to is not None:
            query = query.where(Case.assigned_to == filters.assigned_to)
        if filters.contact_pending:
            query = query.where(Case.contact_requested_at.is_not(None)).where(
                Case.contact_handled_at.is_(None))
        return query

    def _text_match(self, text: str):
        """A reference, a phone number (as typed, in international form) or every
        word of a name (through the blind index)."""
        conditions = [Case.reference == references.normalise_reference(text)]
        for candidate in _phone_candidates(text):
            conditions.append(Case.sender_hash == self._cipher.lookup_hash(candidate))
        terms = indexing.name_terms(text)
        if terms:
            hashes = [self._cipher.lookup_hash(term) for term in terms]
            named = (select(CaseSearchTerm.case_id)
                     .where(CaseSearchTerm.term_hash.in_(hashes))
                     .group_by(CaseSearchTerm.case_id)
                     .having(func.count(func.distinct(CaseSearchTerm.term_hash)) == len(hashes)))
            conditions.append(Case.id.in_(named))
        return or_(*conditions)

    @staticmethod
    def _ordering(sort: str, cutoff: dt.date) -> list:
        urgent_first = sql_case((Case.treatment_deadline <= cutoff, 0), else_=1)
        if sort == "newest":
            return [Case.created_at.desc(), Case.id.desc()]
        if sort == "oldest":
            return [Case.created_at.asc(), Case.id.asc()]
        if sort == "deadline":
            return [sql_case((Case.treatment_deadline.is_(None), 1), else_=0),
                    Case.treatment_deadline.asc(), Case.id.desc()]
        if sort == "activity":
            return [Case.last_activity_at.desc(), Case.id.desc()]
        # urgent: closing windows first (soonest first), then the newest cases
        return [urgent_first, sql_case((Case.treatment_deadline <= cutoff,
                                        Case.treatment_deadline)),
                Case.created_at.desc(), Case.id.desc()]

    def _patient_names(self, session, case_ids: Sequence[int]) -> dict[int, str]:
        if not case_ids:
            return {}
        latest = (select(func.max(AnswerRow.id)).where(AnswerRow.case_id.in_(case_ids))
                  .where(AnswerRow.question_id == PATIENT_NAME_QUESTION)
                  .group_by(AnswerRow.case_id).scalar_subquery())
        names = {}
        for row in session.execute(select(AnswerRow).where(AnswerRow.id.in_(latest))).scalars():
            value = self._cipher.decrypt_json(row.value_enc) if row.status == "answered" else None
            names[row.case_id] = value if isinstance(value, str) else ""
        return names

    @staticmethod
    def _staff_names(session, user_ids) -> dict[int, str]:
        user_ids = {user_id for user_id in user_ids if user_id is not None}
        if not user_ids:
            return {}
        query = select(StaffUser.id, StaffUser.display_name).where(StaffUser.id.in_(user_ids))
        return dict(session.execute(query).all())

    @staticmethod
    def _row(case: Case, name: str, staff: dict[int, str], today: dt.date) -> CaseRow:
        return CaseRow(
            id=case.id, reference=case.reference, patient_name=name,
            review_status=case.review_status, interview_status=case.status,
            language=case.language, channel=case.channel, created_at=case.created_at,
            last_activity_at=case.last_activity_at, treatment_deadline=case.treatment_deadline,
            urgent=window_is_urgent(case.treatment_deadline, today),
            assigned_name=staff.get(case.assigned_to, "") if case.assigned_to else "",
            contact_pending=case.contact_requested_at is not None
            and case.contact_handled_at is None)

    # -- one case --------------------------------------------------------------

    def case_id_for(self, organisation: str, reference: str) -> Optional[int]:
        """The id of the organisation's case with this reference (None otherwise:
        another organisation's case is as invisible as a missing one)."""
        query = (select(Case.id).where(Case.organisation == organisation)
                 .where(Case.reference == references.normalise_reference(reference)))
        with self._sessions() as session:
            return session.execute(query).scalar()

    def set_review_status(self, case_id: int, status: str) -> None:
        if status not in REVIEW_STATUSES:
            raise ValueError(f"review status must be one of {', '.join(REVIEW_STATUSES)}")
        self._update(case_id, review_status=status)

    def assign(self, case_id: int, user_id: Optional[int]) -> None:
        self._update(case_id, assigned_to=user_id)

    def mark_contact_handled(self, case_id: int) -> None:
        self._update(case_id, contact_handled_at=self._now())

    def _update(self, case_id: int, **values) -> None:
        with self._sessions.begin() as session:
            session.execute(update(Case).where(Case.id == case_id)
                            .values(updated_at=self._now(), **values)
                            .execution_options(synchronize_session=False))

    # -- notes -----------------------------------------------------------------

    def add_note(self, case_id: int, author_id: int, author_name: str, text: str) -> NoteRecord:
        row = CaseNote(case_id=case_id, author_id=author_id, author_name=author_name,
                       text_enc=self._cipher.encrypt(text), created_at=self._now())
        with self._sessions.begin() as session:
            session.add(row)
        return NoteRecord(row.id, case_id, author_name, text, row.created_at)

    def notes(self, case_id: int) -> list[NoteRecord]:
        query = select(CaseNote).where(CaseNote.case_id == case_id).order_by(CaseNote.id)
        with self._sessions() as session:
            return [NoteRecord(row.id, row.case_id, row.author_name,
                               self._cipher.decrypt(row.text_enc), row.created_at)
                    for row in session.execute(query).scalars()]


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.timezone.utc)


def _phone_candidates(text: str) -> list[str]:
    """The sender ids a typed phone number may be stored as (E.164; WhatsApp and
    SMS share the number as identity)."""
    compact = "".join(char for char in text if char.isdigit() or char == "+")
    if len(compact.lstrip("+")) < 7:
        return []
    candidates = [compact]
    try:
        number = phonenumbers.parse(compact if compact.startswith("+") else "+" + compact, None)
        candidates.append(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    except phonenumbers.NumberParseException:
        pass
    return list(dict.fromkeys(candidates))
