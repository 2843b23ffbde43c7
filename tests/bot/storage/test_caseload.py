"""The staff's queries: blind name index, urgency from the deadline column, ordering,
paging, organisation scoping; and the notification outbox written with answers."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from bot.interview.model import Answer, AnswerStatus
from bot.storage.caseload import CaseFilter, Caseload
from bot.storage.cases import CaseStore
from bot.storage.db import make_sessions
from bot.storage.notifications import NotificationOutbox


def _answer(store, case_id, question_id, value, status=AnswerStatus.ANSWERED):
    store.save_answer(case_id, Answer(question_id, status, value, raw_text=str(value)), "sms")


def _caseload(engine, cipher, clock):
    return Caseload(make_sessions(engine), cipher, clock)


def test_names_are_found_through_the_blind_index_only(engine, store, cipher, clock):
    case = store.open_case("+15005550001", "sms", "es")
    _answer(store, case.id, "patient_name", "María José LÓPEZ")
    caseload = _caseload(engine, cipher, clock)
    for query in ("maria lopez", "LÓPEZ", "jose"):
        assert [row.reference for row in caseload.list_cases(
            "default", CaseFilter(text=query)).rows] == [case.reference], query
    assert caseload.list_cases("default", CaseFilter(text="maria garcia")).total == 0
    with engine.connect() as connection:
        stored = " ".join(str(row) for row in connection.execute(
            text("SELECT * FROM case_search_terms")))
    assert "maria" not in stored.lower() and "lopez" not in stored.lower()


def test_a_corrected_name_replaces_the_old_terms(engine, store, cipher, clock):
    case = store.open_case("+15005550002", "sms", "en")
    _answer(store, case.id, "patient_name", "Jon Smith")
    _answer(store, case.id, "patient_name", "John Smith")
    caseload = _caseload(engine, cipher, clock)
    assert caseload.list_cases("default", CaseFilter(text="jon")).total == 0
    page = caseload.list_cases("default", CaseFilter(text="john"))
    assert page.total == 1 and page.rows[0].patient_name == "John Smith"


def test_deadline_orders_urgent_first_and_skipping_clears_it(engine, store, cipher, clock):
    today = clock.now.date()
    late = store.open_case("+15005550003", "sms", "en")
    soon = store.open_case("+15005550004", "sms", "en")
    none = store.open_case("+15005550005", "sms", "en")
    _answer(store, late.id, "treatment_deadline", (today + dt.timedelta(days=90)).isoformat())
    _answer(store, soon.id, "treatment_deadline", (today + dt.timedelta(days=5)).isoformat())
    caseload = _caseload(engine, cipher, clock)
    rows = caseload.list_cases("default").rows
    assert rows[0].reference == soon.reference and rows[0].urgent
    assert {row.reference for row in rows[1:]} == {late.reference, none.reference}
    assert [r.reference for r in caseload.list_cases(
        "default", CaseFilter(urgent_only=True)).rows] == [soon.reference]
    _answer(store, soon.id, "treatment_deadline", None, AnswerStatus.SKIPPED)
    assert store.get_case(soon.id).treatment_deadline is None


def test_paging_and_organisations(engine, cipher, clock):
    sessions = make_sessions(engine)
    ours = CaseStore(sessions, cipher, clock=clock, organisation="clinic-a")
    theirs = CaseStore(sessions, cipher, clock=clock, organisation="clinic-b")
    for number in range(30):
        ours.open_case(f"+1500555{number:04d}", "sms", "en")
    hidden = theirs.open_case("+15005559999", "sms", "en")
    caseload = _caseload(engine, cipher, clock)
    first = caseload.list_cases("clinic-a", CaseFilter(sort="oldest"), page_size=25)
    second = caseload.list_cases("clinic-a", CaseFilter(sort="oldest", page=2), page_size=25)
    assert (first.total, first.pages, len(first.rows), len(second.rows)) == (30, 2, 25, 5)
    assert not {r.reference for r in first.rows} & {r.reference for r in second.rows}
    assert caseload.case_id_for("clinic-a", hidden.reference) is None
    assert caseload.case_id_for("clinic-b", hidden.reference) == hidden.id


def test_urgent_deadline_and_contact_request_queue_one_notice_each(engine, store, clock):
    case = store.open_case("+15005550006", "sms", "en")
    soon = (clock.now.date() + dt.timedelta(days=3)).isoformat()
    _answer(store, case.id, "treatment_deadline", soon)
    _answer(store, case.id, "treatment_deadline", soon)   # a correction: still one notice
    store.add_event(case.id, "contact_requested")
    outbox = NotificationOutbox(make_sessions(engine), clock)
    pending = outbox.pending()
    assert sorted(n.kind for n in pending) == ["contact_requested", "urgent"]
    assert all(n.case_reference == case.reference for n in pending)
    for notice in pending:
        outbox.mark_sent(notice.id)
    assert outbox.pending() == []
    store.add_event(case.id, "contact_requested")   # asking again is news again
    assert [n.kind for n in outbox.pending()] == ["contact_requested"]
    assert store.get_case(case.id).contact_requested_at is not None


def test_a_far_deadline_queues_nothing(engine, store, clock):
    case = store.open_case("+15005550007", "sms", "en")
    _answer(store, case.id, "treatment_deadline",
            (clock.now.date() + dt.timedelta(days=120)).isoformat())
    assert NotificationOutbox(make_sessions(engine), clock).pending() == []


def test_deleting_a_case_removes_its_notes_terms_and_notices(engine, store, cipher, clock):
    case = store.open_case("+15005550008", "sms", "en")
    _answer(store, case.id, "patient_name", "Ana Díaz")
    store.add_event(case.id, "contact_requested")
    caseload = _caseload(engine, cipher, clock)
    caseload.add_note(case.id, 1, "Sam", "called")
    store.erase_case(case.id, erased_by="applicant", reason="applicant_request")
    with engine.connect() as connection:
        for table in ("case_notes", "case_search_terms", "staff_notifications"):
            assert connection.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar() == 0
