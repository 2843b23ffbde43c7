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
    "uk": {
        AnswerType.NAME: "Олена Коваленко",
        AnswerType.DATE: "3 березня 2024",
        AnswerType.MONEY: "1 500 грн",
        AnswerType.MONEY_LIST: "Операція 20 000 USD\nКвитки 1 500 USD",
        AnswerType.YES_NO: "так",
        AnswerType.CHOICE: "1",
        AnswerType.MULTI_CHOICE: "1, 2",
        AnswerType.EVENT_LIST: "12.03.2024 діагноз\n20.04.2024 направили до спеціаліста",
        AnswerType.PEOPLE_LIST: "Ірина Коваленко, сестра в Чикаго\nПетро Шевчук, друг",
        AnswerType.RECEIPT_NUMBER: "IOE0912345678",
    },
    "ar": {
        AnswerType.NAME: "فاطمة الحسن",
        AnswerType.DATE: "١٢/٠٣/٢٠٢٤",
        AnswerType.MONEY: "٢٠٠٠ دولار",
        AnswerType.MONEY_LIST: "عملية جراحية 20000 USD\nتذاكر الطيران 1500 USD",
        AnswerType.YES_NO: "نعم",
        AnswerType.CHOICE: "1",
        AnswerType.MULTI_CHOICE: "1, 2",
        AnswerType.EVENT_LIST: "12/03/2024 التشخيص\n20/04/2024 تحويل إلى أخصائي",
        AnswerType.PEOPLE_LIST: "سارة الحسن، أخت في ديترويت\nعلي محمود، صديق",
        AnswerType.RECEIPT_NUMBER: "IOE0912345678",
    },
    "zh_Hans": {
        AnswerType.NAME: "王丽",
        AnswerType.DATE: "2024年3月12日",
        AnswerType.MONEY: "2000美元",
        AnswerType.MONEY_LIST: "手术 20000 USD\n机票 1500 USD",
        AnswerType.YES_NO: "是",
        AnswerType.CHOICE: "1",
        AnswerType.MULTI_CHOICE: "1, 2",
        AnswerType.EVENT_LIST: "2024-03-12 确诊\n2024-04-20 转诊到专科医生",
        AnswerType.PEOPLE_LIST: "王芳，姐姐，住在纽约\n李明，朋友",
        AnswerType.RECEIPT_NUMBER: "IOE0912345678",
    },
}
FREE_TEXT = {"en": "Answer about", "es": "Respuesta sobre", "uk": "Відповідь про",
             "ar": "إجابة عن", "zh_Hans": "回答："}


def answer_text(question: Question, lang: str = "en") -> str:
    """A valid reply to ``question`` in ``lang``; free text names its question."""
    if question.type is AnswerType.TEXT:
        return f"{FREE_TEXT[lang]} {question.id.replace('_', ' ')}"
    if question.type is AnswerType.NUMBER:
        low = question.min_value if question.min_value is not None else 0
        high = question.max_value if question.max_value is not None else low + 10
        return str(min(max(2, low), high))
    return SAMPLES[lang][question.type]
