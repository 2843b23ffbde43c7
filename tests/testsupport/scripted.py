"""Valid answers for every question type, so tests can walk whole interviews.

``answer_text(question, lang)`` returns what an applicant might type; the
interview's current question is read from the case state, the way a person
reads the screen.
"""
from __future__ import annotations

from bot.interview.model import AnswerType, Question

SAMPLES = {
    "en": {
        AnswerType.NAME: "Maria Lopez",
        AnswerType.DATE: "03/12/2024",
        AnswerType.MONEY: "2,000 USD",
        AnswerType.MONEY_LIST: "Surgery 20,000 USD\nFlights 1,500 USD",
        AnswerType.YES_NO: "yes",
        AnswerType.CHOICE: "1",
        AnswerType.MULTI_CHOICE: "1, 2",
        AnswerType.EVENT_LIST: "03/12/2024 diagnosed\n04/20/2024 referred to a specialist",
        AnswerType.PEOPLE_LIST: "Ana Lopez, sister in Miami\nJuan Perez, friend",
        AnswerType.RECEIPT_NUMBER: "IOE0912345678",
    },
    "es": {
        AnswerType.NAME: "María López",
        AnswerType.DATE: "12/03/2024",
        AnswerType.MONEY: "2.000 dólares",
        AnswerType.MONEY_LIST: "Cirugía 20.000 USD\nVuelos 1.500 USD",
        AnswerType.YES_NO: "sí",
        AnswerType.CHOICE: "1",
        AnswerType.MULTI_CHOICE: "1, 2",
        AnswerType.EVENT_LIST: "12/03/2024 diagnóstico\n20/04/2024 enviado al especialista",
        AnswerType.PEOPLE_LIST: "Ana López, hermana en Miami\nJuan Pérez, amigo",
        AnswerType.RECEIPT_NUMBER: "IOE0912345678",
    },
}


def answer_text(question: Question, lang: str = "en") -> str:
    """A valid reply to ``question`` in ``lang``; free text names its question."""
    if question.type is AnswerType.TEXT:
        return f"{'Respuesta' if lang == 'es' else 'Answer'} about {question.id.replace('_', ' ')}"
    if question.type is AnswerType.NUMBER:
        low = question.min_value if question.min_value is not None else 0
        high = question.max_value if question.max_value is not None else low + 10
        return str(min(max(2, low), high))
    return SAMPLES[lang][question.type]
