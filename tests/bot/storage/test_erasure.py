"""Erasing a case leaves only what the audit needs: no answer, file, note or event."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from bot.interview.model import Answer, AnswerStatus
from bot.storage.db import make_sessions
from bot.storage.erasure import CaseEraser
from bot.storage.messaging import CaseDocuments

TABLES_WITH_CASE_DATA = ("answers", "case_events", "case_documents", "case_notes",
                         "case_search_terms", "staff_notifications")


def test_erasure_keeps_the_reference_and_dates_and_nothing_else(engine, store, keys, clock):
    case = store.open_case("+15005550700", "sms", "es")
    store.save_answer(case.id, Answer("patient_name", AnswerStatus.ANSWERED, "Ana Díaz",
                                      raw_text="Ana Díaz"), "sms")
    store.add_event(case.id, "contact_requested")
    CaseDocuments(make_sessions(engine), keys, clock).add(case.id, "diagnosis",
                                                          "application/pdf", b"%PDF-1.4")
    eraser = CaseEraser(make_sessions(engine), clock)
    erased = eraser.erase(case.id, erased_by="admin@clinic.example", reason="staff_request")
    assert (erased.reference, erased.started_at, erased.erased_by, erased.reason) == (
        case.reference, case.created_at, "admin@clinic.example", "staff_request")
    with engine.connect() as connection:
        for table in TABLES_WITH_CASE_DATA + ("cases",):
            assert connection.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar() == 0, table
        remains = connection.execute(text("SELECT * FROM erased_cases")).mappings().one()
    assert remains["reference"] == case.reference and remains["organisation"] == "default"
    assert eraser.erased("default") == [erased]
    assert eraser.erase(case.id, erased_by="again", reason="staff_request") is None


def test_only_known_reasons(engine, store, clock):
    case = store.open_case("+15005550701", "sms", "es")
    with pytest.raises(ValueError):
        CaseEraser(make_sessions(engine), clock).erase(case.id, erased_by="x", reason="whim")
    assert store.get_case(case.id).reference == case.reference
