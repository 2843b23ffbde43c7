"""The documents an applicant is asked to gather at the end of the interview.

A document is listed when its evidence item applies to this case and the
answers do not show it is on hand (missing, skipped, or kept for the lawyer, by the same rules
the attorney's report uses, so the two lists always agree).
"""
from __future__ import annotations

from typing import Sequence

from bot.interview.evidence import EVIDENCE_ITEMS
from bot.interview.model import Answers, EvidenceItem, Question
from bot.report.handoff import evidence_status, question_status

TO_GATHER = ("missing", "skipped", "declined")


def documents_to_gather(questions: Sequence[Question], answers: Answers,
                        items: Sequence[EvidenceItem] = EVIDENCE_ITEMS) -> list[EvidenceItem]:
    """Document evidence items still to gather, in the order a filing would use."""
    statuses = {q.id: question_status(q, answers) for q in questions}
    return [item for item in items
            if item.is_document and evidence_status(item, questions, statuses, answers) in TO_GATHER]
