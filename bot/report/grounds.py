"""Denial grounds cited, each with what was gathered against it and what is missing.

The grounds cited are the keys of the answered multi-choice question
``denial_grounds`` (empty when it was not asked or not answered). For each ground,
in the definitions' order (unknown keys last, labelled by their key):

``questions``  every question that speaks to it (``Question.grounds``), with status
               and display (kept from report format 1.0).
``gathered``   facts: those questions answered with a fact; documents: the document
               items behind those questions that are on hand or received.
``missing``    gaps (``gaps.py``): the applicable questions without a fact and the
               documents still needed.

A yes/no question whose evidence items are all documents ("Do you have the doctor's
letter?") counts through its document, not as a fact, so it is not listed twice.
"""
from __future__ import annotations

from typing import Any, Mapping, Sequence

from bot.interview.model import AnswerType, Question

from .context import ANSWERED, ReportContext
from .documents import CHECKLIST_WORDS
from .gaps import document_gap, question_gap

DENIAL_GROUNDS_QUESTION = "denial_grounds"


def cited_grounds(answers: Mapping[str, Any]) -> list[str]:
    """Ground keys from an answered ``denial_grounds`` question, without repeats."""
    answer = answers.get(DENIAL_GROUNDS_QUESTION)
    if answer is None or getattr(answer.status, "value", answer.status) != ANSWERED:
        return []
    value = answer.value
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        return []
    return list(dict.fromkeys(str(key) for key in value))


def is_document_proxy(question: Question, document_keys: set[str]) -> bool:
    """A "do you have X?" question that only stands for documents."""
    return (question.type is AnswerType.YES_NO and bool(question.evidence)
            and all(key in document_keys for key in question.evidence))


def ground_entries(ctx: ReportContext, evidence: Sequence[dict]) -> list[dict]:
    entry = ctx.entries.get(DENIAL_GROUNDS_QUESTION)
    if entry is None or entry["status"] != ANSWERED:
        return []  # not a denial case, not asked yet, or not told
    cited = cited_grounds(ctx.answers)
    labels = {ground.key: ground.label for ground in ctx.grounds}
    ordered = [g.key for g in ctx.grounds if g.key in cited] + [k for k in cited if k not in labels]
    documents = {item["key"]: item for item in evidence if item["is_document"]}
    items = {item.key: item for item in ctx.evidence_items}
    result = []
    for key in ordered:
        speaking = [q for q in ctx.questions if key in q.grounds]
        gathered: list[dict] = []
        missing: list[dict] = []
        document_keys: list[str] = []
        for question in speaking:
            document_keys += [k for k in question.evidence
                              if k in documents and k not in document_keys]
            if is_document_proxy(question, set(documents)):
                continue
            if ctx.given(question.id):
                gathered.append({"kind": "fact", "key": question.id, "label": question.label,
                                 "display": ctx.entries[question.id]["display"]})
            elif ctx.applies(question.id):
                gap = question_gap(question, ctx.status(question.id), False)
                if gap is not None:
                    missing.append(gap)
        for doc_key in document_keys:
            doc = documents[doc_key]
            if doc["checklist"] in ("have", "received"):
                gathered.append({"kind": "document", "key": doc_key, "label": doc["label"],
                                 "display": _document_words(doc)})
            elif doc["checklist"] == "need":
                missing.append(document_gap(items[doc_key]))
        result.append({
            "key": key,
            "label": labels.get(key, key),
            "questions": [
                {field: ctx.entries[q.id][field] for field in ("id", "label", "status", "display")}
                for q in speaking
            ],
            "gathered": gathered,
            "missing": missing,
        })
    return result


def _document_words(doc: dict) -> str:
    count = len(doc["documents"])
    if doc["checklist"] == "received":
        return f"Received ({count} file{'s' if count != 1 else ''})"
    return CHECKLIST_WORDS[doc["checklist"]]
