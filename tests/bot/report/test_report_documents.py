"""evidence checklist (have / need / received) and the index of files received."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json

from bot.interview.evidence import EVIDENCE_ITEMS
from bot.report.documents import checklist_status

from .handoff_fixtures import T0
from .real_cases import Document, RealConversation


def item(report: dict, key: str) -> dict:
    return next(entry for entry in report["evidence"] if entry["key"] == key)


def test_checklist_rule():
    assert checklist_status("missing", received=True) == "received"
    assert checklist_status("not_asked", received=True) == "received"
    assert checklist_status("provided", received=False) == "have"
    assert checklist_status("declined", received=False) == "need"
    assert checklist_status("skipped", received=False) == "need"
    assert checklist_status("missing", received=False) == "need"
    assert checklist_status("not_asked", received=False) == "not_applicable"


def test_received_documents_are_matched_to_their_items(spanish_report):
    assert [e["key"] for e in spanish_report["evidence"]] == [i.key for i in EVIDENCE_ITEMS]
    checklist = {e["key"]: e["checklist"] for e in spanish_report["evidence"] if e["is_document"]}
    assert checklist == {
        "denial_notice": "received", "physician_letter": "received",
        "medical_records": "have", "independent_opinion": "need",
        "us_provider_acceptance": "received", "cost_estimate": "have",
        "proof_of_funds": "need", "sponsor_i134": "have", "passport": "have",
        "prior_visa_refusal": "have", "parental_consent": "have",
        "guardian_documents": "have", "support_statements": "have"}
    letter = item(spanish_report, "physician_letter")
    assert letter["documents"] == [{"id": 2, "received_at": "2025-03-01T14:27:30Z",
                                    "content_type": "application/pdf", "size_bytes": 210000,
                                    "page_count": 3}]
    assert all(e["checklist"] is None for e in spanish_report["evidence"] if not e["is_document"])


def test_document_index_lists_every_file_with_its_matches(spanish_report):
    index = spanish_report["documents"]
    assert [(d["id"], d["question_id"], d["evidence"], d["page_count"]) for d in index] == [
        (1, "has_denial_notice", ["denial_notice"], 1),
        (2, "has_physician_letter", ["physician_letter"], 3),
        (3, "us_provider_accepted", ["us_provider_acceptance"], 2),
        (4, None, [], 1)]
    assert index[1]["question_label"] == "Doctor's letter on hand"
    assert index[3]["question_label"] is None


def test_not_applicable_for_an_adult_and_nothing_received(arabic_report):
    assert item(arabic_report, "parental_consent")["checklist"] == "not_applicable"
    assert item(arabic_report, "physician_letter")["checklist"] == "need"
    assert arabic_report["documents"] == []


def test_a_file_wins_over_a_no():
    talk = RealConversation().say("has_physician_letter", False, "no")
    talk.file("has_physician_letter", "image/jpeg", pages=1)
    assert item(talk.report(), "physician_letter")["checklist"] == "received"


def test_a_file_sent_during_a_fact_question_is_indexed_not_checked(hostile_real_report):
    [document] = hostile_real_report["documents"]
    assert document["question_id"] == "diagnosis"
    assert document["evidence"] == ["medical_need"]
    assert document["page_count"] is None
    assert item(hostile_real_report, "medical_need")["checklist"] is None


@dataclasses.dataclass(frozen=True)
class StoredFile(Document):
    """A storage record that also carries the bytes: the report must not read them."""

    data: bytes = b""


def test_files_are_sorted_oldest_first_and_their_bytes_never_read():
    talk = RealConversation()
    secret = b"%PDF secret-bytes-4411"
    late = StoredFile(9, "has_passport", "image/png", 10, 1, T0 + dt.timedelta(hours=1), secret)
    naive = StoredFile(3, None, "application/pdf", 20, None,
                       dt.datetime(2025, 3, 1, 14, 30), secret)
    talk.files = [late, naive]
    report = talk.report()
    assert [d["id"] for d in report["documents"]] == [3, 9]
    assert report["documents"][0]["received_at"] == "2025-03-01T14:30:00Z"
    assert "secret-bytes" not in json.dumps(report)
