"""The evidence checklist and the index of documents received.

Checklist status of a document item (``evidence[].checklist``; ``null`` for fact items):

``received``        a file arrived on the case while one of the item's questions was
                    being asked (``document.question_id`` is one of them). Wins over
                    the others: the file is there whatever was answered.
``have``            the applicant said they have it (evidence status ``provided``).
``need``            the item applies and is neither received nor on hand (missing,
                    skipped, "don't know", or kept for the lawyer).
``not_applicable``  none of the item's questions applies to this case.

Items keep the order of the definitions (``EVIDENCE_ITEMS``: the order a filing uses).
``documents`` lists every file received, oldest first, with the items it was matched
to (possibly none: a file sent outside any question, or during a fact question).
The report only ever sees a file's metadata, never its bytes.
"""
from __future__ import annotations

from typing import Optional

from bot.report.display import format_timestamp

from .context import NOT_ASKED, ReportContext, evidence_status, linked_questions

CHECKLIST_STATUSES = ("received", "have", "need", "not_applicable")
CHECKLIST_WORDS = {
    "received": "Received",
    "have": "Applicant has it",
    "need": "Needed",
    "not_applicable": "Does not apply",
}


def document_ref(document) -> dict:
    """What the report says about one file."""
    page_count = getattr(document, "page_count", None)
    return {
        "id": int(document.id),
        "received_at": format_timestamp(document.created_at),
        "content_type": str(document.content_type),
        "size_bytes": int(document.size_bytes),
        "page_count": int(page_count) if isinstance(page_count, int) else None,
    }


def checklist_status(status: str, received: bool) -> str:
    """A document item's checklist status from its evidence status (module docstring)."""
    if received:
        return "received"
    if status == "provided":
        return "have"
    if status == NOT_ASKED:
        return "not_applicable"
    return "need"


def evidence_entries(ctx: ReportContext) -> list[dict]:
    """``evidence``: every item with its answer status, checklist status and files."""
    entries = []
    for item in ctx.evidence_items:
        linked = linked_questions(item, ctx.questions)
        status = evidence_status(item, ctx.questions, ctx.statuses, ctx.answers)
        files = [document_ref(doc) for doc in ctx.documents if doc.question_id in linked]
        checklist: Optional[str] = (checklist_status(status, bool(files))
                                    if item.is_document else None)
        entries.append({
            "key": item.key,
            "label": item.label,
            "is_document": item.is_document,
            "status": status,
            "questions": list(linked),
            "checklist": checklist,
            "documents": files,
        })
    return entries


def document_index(ctx: ReportContext, evidence: list[dict]) -> list[dict]:
    """``documents``: every file received, oldest first, and the items it matched."""
    index = []
    for doc in ctx.documents:
        question = ctx.questions_by_id.get(doc.question_id) if doc.question_id else None
        matched = [entry["key"] for entry in evidence
                   if any(ref["id"] == doc.id for ref in entry["documents"])]
        index.append({
            **document_ref(doc),
            "question_id": doc.question_id,
            "question_label": question.label if question is not None else None,
            "evidence": matched,
        })
    return index
