"""Which question comes next, and what the read-back shows.

The order is the order of ``QUESTIONS``; a question is *open* when it applies
(given the answers so far) and has no answer yet. Deriving the next question
from the answers makes skipping, corrections and resuming the same mechanism.
"""
from __future__ import annotations

from typing import Optional, Sequence

from bot.interview.model import Answers, Question, Section


def first_open_question(questions: Sequence[Question], answers: Answers) -> Optional[Question]:
    """The first question that applies and has not been answered."""
    for question in questions:
        if question.id not in answers and question.applies(answers):
            return question
    return None


def asked_questions(questions: Sequence[Question], section: str, answers: Answers) -> list[Question]:
    """Questions of ``section`` that apply and have an answer (any status)."""
    return [q for q in questions
            if q.section == section and q.id in answers and q.applies(answers)]


def sections_with_answers(sections: Sequence[Section], questions: Sequence[Question],
                          answers: Answers) -> list[Section]:
    """Sections that have at least one answered question, in order."""
    return [s for s in sections if asked_questions(questions, s.key, answers)]


def progress(questions: Sequence[Question], answers: Answers) -> tuple[int, int]:
    """(answered, applicable) counts, for "you answered N questions"."""
    applicable = [q for q in questions if q.applies(answers)]
    return sum(1 for q in applicable if q.id in answers), len(applicable)
