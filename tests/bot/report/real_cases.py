"""Conversations on the *real* interview definitions, for the report 2.0 parts that
read real question ids (summary, elements, chronology, budget, people, documents).

Built with ``handoff_fixtures.Conversation`` (same records, a minute apart); the
report is built with the default (real) definitions and the files' metadata.
Dates are chosen far from the 18th birthday and from today's date, so the interview's
own age conditions (which use today's date) and the report (which uses
``GENERATED_AT``) agree whenever the tests run.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Optional

from bot.interview.model import AnswerStatus
from bot.interview.questions import QUESTIONS
from bot.report.handoff import build_handoff

from .handoff_fixtures import GENERATED_AT, SCRIPT, T0, CaseRow, Conversation

ARABIC_DIAGNOSIS = "سرطان الدم الليمفاوي الحاد"
CHINESE_DIAGNOSIS = "急性淋巴细胞白血病"
SPANISH_DIAGNOSIS = "Leucemia linfoblástica aguda, recaída"


@dataclasses.dataclass(frozen=True)
class Document:
    """What the storage layer hands the report about a file (no bytes)."""

    id: int
    question_id: Optional[str]
    content_type: str
    size_bytes: int
    page_count: Optional[int]
    created_at: dt.datetime


class RealConversation(Conversation):
    """A conversation on the real definitions, with files."""

    def __init__(self, case=None, language: str = "es"):
        super().__init__(case or CaseRow(language=language))
        self.language = language
        self.files: list[Document] = []

    def say(self, question_id: str, value: Any, raw_text: Optional[str] = None,
            language: Optional[str] = None) -> "RealConversation":
        text = raw_text if raw_text is not None else (value if isinstance(value, str) else str(value))
        self.answer(question_id, value, text, language=language or self.language)
        return self

    def skip(self, question_id: str, status: AnswerStatus = AnswerStatus.SKIPPED,
             raw_text: str = "saltar") -> "RealConversation":
        self.answer(question_id, None, raw_text, status=status, language=self.language)
        return self

    def file(self, question_id: Optional[str], content_type: str = "application/pdf",
             pages: Optional[int] = 1, size: int = 48_000) -> "RealConversation":
        self.files.append(Document(len(self.files) + 1, question_id, content_type, size, pages,
                                   T0 + dt.timedelta(minutes=2 + len(self.history), seconds=30)))
        return self

    def report(self, generated_at: dt.datetime = GENERATED_AT, **overrides) -> dict:
        return build_handoff(self.case, self.answers(), self.history, self.event_rows,
                             documents=self.files, generated_at=generated_at, **overrides)


def complete_spanish_case() -> RealConversation:
    """Every section answered: a 9-year-old after a denial, a parent writing, costs in
    USD and VES, a history item, files received for three document items and one file
    sent outside any question. Treatment must start 2025-03-30 (21 days after the
    report date)."""
    talk = RealConversation(CaseRow(status="completed", completed_at=T0 + dt.timedelta(hours=3)))
    talk.event("consent_given")
    (talk.say("safe_to_message", True, "sí")
     .say("writer_role", "parent", "soy la mamá")
     .say("helper_name", "Rosa Elena Martínez")
     .say("patient_name", "Carlos Andrés Pérez Martínez")
     .say("patient_birth_date", "2015-06-02", "2 de junio de 2015")
     .say("patient_citizenship", "Venezuela")
     .say("patient_location", "Maracaibo, Venezuela")
     .say("guardian_name", "Rosa Elena Martínez")
     .say("guardian_consent", True, "sí, los dos")
     .say("has_guardian_documents", True, "sí, la partida de nacimiento")
     .say("request_type", "after_denial", "sí, y lo negaron")
     .say("earlier_receipt_number", "IOE0912345678", "ioe 0912345678")
     .say("denial_date", "2025-01-15", "15 de enero")
     .say("denial_grounds", ["urgency", "available_elsewhere", "finances"],
          "urgencia, que hay tratamiento cerca, dinero")
     .say("has_denial_notice", True, "sí"))
    talk.file("has_denial_notice", "image/jpeg", pages=1, size=350_000)
    (talk.say("changes_since_denial", "Empeoró en febrero; nueva carta del oncólogo.")
     .say("diagnosis", SPANISH_DIAGNOSIS)
     .say("diagnosis_date", "2023-11-20", "20 de noviembre de 2023")
     .say("current_condition", "Empeorando, hospitalizado desde febrero")
     .say("life_threatening", True, "sí")
     .say("recommended_treatment", "Terapia CAR-T")
     .say("prognosis", "Con CAR-T, 60% de remisión; sin ella, meses.")
     .say("treatment_deadline", "2025-03-30", "antes de fin de marzo")
     .say("treating_doctors", [{"name": "Dr. Luis Ramos",
                                "detail": "hematólogo, Hospital Central, Maracaibo"}],
          "Dr. Luis Ramos - hematólogo, Hospital Central, Maracaibo")
     .say("has_physician_letter", True, "sí"))
    talk.file("has_physician_letter", "application/pdf", pages=3, size=210_000)
    (talk.say("medical_records_on_hand", ["imaging", "lab_results", "pathology"],
              "tomografías, análisis y biopsia")
     .say("independent_opinion", False, "no")
     .say("unavailable_reasons", ["not_offered", "no_equipment"], "no lo hacen aquí")
     .say("home_efforts", "Hospital Central y Clínica Zulia: no hacen CAR-T.")
     .say("nearby_countries", "En Colombia la espera es de 8 meses.")
     .say("has_us_provider", True, "sí")
     .say("us_provider", "Children's Hospital of Philadelphia, Philadelphia")
     .say("us_provider_accepted", True, "sí, por escrito"))
    talk.file("us_provider_accepted", "application/pdf", pages=2, size=95_000)
    (talk.say("fit_to_travel", "medical_escort", "solo con enfermera")
     .say("timeline", [{"date": "2023-11-20", "text": "diagnóstico en el Hospital Central"},
                       {"date": "2024-12-01", "text": "recaída"},
                       {"date": None, "text": "consulta en Bogotá"}],
          "20/11/2023 diagnóstico; 1/12/2024 recaída; consulta en Bogotá")
     .say("has_dependents", False, "no")
     .say("daily_life_impact", "La madre dejó su trabajo para cuidarlo.")
     .say("has_us_family", True, "sí")
     .say("us_family", [{"name": "Ana López", "detail": "tía, ciudadana estadounidense"}],
          "Ana López - tía, ciudadana")
     .say("has_travel_companions", True, "sí")
     .say("travel_companions", [{"name": "Rosa Elena Martínez", "detail": "madre, lo cuidará"}],
          "Rosa Elena Martínez - madre")
     .say("statement_writers", [{"name": "Fundación Esperanza", "detail": "grupo de pacientes"}],
          "Fundación Esperanza")
     .say("costs", [{"label": "Terapia CAR-T", "amount": "450000", "currency": "USD"},
                    {"label": "Vuelos", "amount": "1200", "currency": "USD"},
                    {"label": "Alojamiento 3 meses", "amount": "5400.50", "currency": "USD"},
                    {"label": "Pasaporte urgente", "amount": "3000", "currency": "VES"}],
          "CAR-T 450000 USD, vuelos 1200 USD, alojamiento 5400,50 USD, pasaporte 3000 Bs")
     .say("has_cost_estimate", True, "sí")
     .say("payers", ["hospital_charity", "us_relatives"], "fundación y mi hermana")
     .say("funds_available", {"amount": "60000", "currency": "USD"}, "60 mil dólares")
     .say("has_proof_of_funds", False, "no todavía")
     .say("has_sponsor", True, "sí")
     .say("sponsors", [{"name": "Ana López", "detail": "tía"}], "Ana López - tía")
     .say("sponsor_status", "citizen", "ciudadana")
     .say("sponsor_income", {"amount": "85000", "currency": "USD"}, "85 mil al año")
     .say("insurance", "none", "no")
     .say("has_passport", True, "sí")
     .say("passport_expiry", "2027-11-30", "30/11/2027")
     .say("travel_date", "2025-03-25", "25 de marzo")
     .say("stay_length_weeks", 16, "16 semanas")
     .say("us_address", "Casa de Ana López, Filadelfia")
     .say("return_plan", "Boleto de regreso pagado por la fundación")
     .say("home_ties", ["family", "home_doctor"], "familia y su médico")
     .say("why_not_visa", "Visa negada en 2024; la cita tarda un año.")
     .say("prior_us_visits", False, "no")
     .say("visa_refused", True, "sí")
     .say("has_refusal_letter", True, "sí")
     .say("overstay", False, "no")
     .say("removal", False, "no")
     .say("arrests", False, "no")
     .say("military_service", False, "no")
     .say("other_us_applications", False, "no")
     .say("history_details", [{"date": "2024-04-03", "text": "visa B-2 negada en Bogotá"}],
          "3 abril 2024 visa negada en Bogotá")
     .say("aftercare_needs", "Controles mensuales por un año")
     .say("home_followup_doctor", "Dr. Luis Ramos, Hospital Central")
     .say("aftercare_payment", "Seguro público en Venezuela")
     .say("anything_else", "Gracias."))
    talk.file(None, "image/png", pages=1, size=1_500)   # sent outside any question
    talk.event("completed")
    return talk


def arabic_case() -> RealConversation:
    """An adult writing for himself in Arabic; first request; history kept for the
    lawyer; costs in USD only with funds in SYP (gap not computable)."""
    talk = RealConversation(language="ar")
    (talk.say("safe_to_message", True, "نعم")
     .say("writer_role", "patient", "أنا المريض")
     .say("patient_name", "أحمد محمود الحسن")
     .say("patient_birth_date", "1980-04-10", "١٠ نيسان ١٩٨٠")
     .say("patient_citizenship", "سوريا")
     .say("patient_location", "حلب، سوريا")
     .say("request_type", "first", "أول مرة")
     .say("diagnosis", ARABIC_DIAGNOSIS)
     .say("life_threatening", False, "لا")
     .say("recommended_treatment", "زراعة نخاع العظم")
     .say("treatment_deadline", "2025-02-20", "قبل ٢٠ شباط")
     .say("costs", [{"label": "زراعة النخاع", "amount": "250000", "currency": "USD"}],
          "زراعة النخاع ٢٥٠ ألف دولار")
     .say("funds_available", {"amount": "50000000", "currency": "SYP"}, "٥٠ مليون ليرة")
     .skip("overstay", AnswerStatus.TELL_LAWYER, "أفضل أن أخبر المحامي")
     .say("arrests", True, "نعم"))
    talk.event("contact_requested")
    return talk


def chinese_case() -> RealConversation:
    """A friend writing in Chinese; a refile; treatment window 10 days away."""
    talk = RealConversation(language="zh_Hans")
    (talk.say("safe_to_message", False, "不安全")
     .say("writer_role", "friend", "我是朋友")
     .say("helper_name", "王小明")
     .say("patient_name", "李华")
     .say("patient_age", 45, "四十五岁")
     .say("patient_citizenship", "中国")
     .say("request_type", "refile", "再次申请")
     .say("earlier_request_outcome", "denied", "被拒绝了")
     .say("diagnosis", CHINESE_DIAGNOSIS)
     .say("treatment_deadline", "2025-03-19", "三月十九日")
     .say("timeline", [{"date": "2024-08-01", "text": "确诊"}], "2024年8月1日 确诊"))
    talk.event("opted_out")
    return talk


def all_skipped_real_case() -> RealConversation:
    """Every question that applies, skipped, in asking order."""
    talk = RealConversation()
    for question in QUESTIONS:
        if question.applies(talk.answers()):
            talk.skip(question.id)
    return talk


def hostile_real_case() -> RealConversation:
    """Markup and script in every free-text place, including list lines, names, cost
    labels, and chronology text that ends up in the SVG."""
    talk = RealConversation()
    img = "<img src=x onerror=alert(1)>"
    (talk.say("safe_to_message", True, SCRIPT)
     .say("writer_role", "friend", SCRIPT)
     .say("helper_name", SCRIPT, SCRIPT)
     .say("patient_name", img, SCRIPT)
     .say("patient_birth_date", "1990-01-01", SCRIPT)
     .say("patient_citizenship", SCRIPT + "]]><svg onload=alert(1)>", SCRIPT)
     .say("request_type", "after_denial", SCRIPT)
     .say("denial_date", "2025-01-15", SCRIPT)
     .say("denial_grounds", ["urgency", "other"], SCRIPT)
     .say("denial_grounds_other", SCRIPT, SCRIPT)
     .say("diagnosis", SCRIPT + ' & "quoted" <b>bold</b>', SCRIPT)
     .say("treatment_deadline", "2025-04-01", SCRIPT)
     .say("treating_doctors", [{"name": SCRIPT, "detail": img}], SCRIPT)
     .say("timeline", [{"date": "2024-05-01", "text": SCRIPT + '"/><script>x</script>'},
                       {"date": None, "text": img}], SCRIPT)
     .say("costs", [{"label": SCRIPT, "amount": "10", "currency": "USD"}], SCRIPT)
     .say("funds_available", {"amount": "5", "currency": "USD"}, SCRIPT)
     .say("has_dependents", True, SCRIPT)
     .say("dependents", [{"name": SCRIPT, "detail": SCRIPT}], SCRIPT)
     .say("prior_us_visits", True, SCRIPT)
     .say("history_details", [{"date": "2019-06-10", "text": "</text></svg><script>alert(2)</script>"}],
          SCRIPT)
     .say("anything_else", "</article></main><style>body{}</style>", SCRIPT))
    talk.file("diagnosis", "text/html\"><script>", pages=None, size=10)
    return talk
