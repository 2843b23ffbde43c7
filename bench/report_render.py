"""Attorney report speed: build the JSON, render HTML and PDF for a complete case.

    python -m bench.report_render [--repeat 10] [--pdf-repeat 5] [--keep DIR]

The complete case answers every question that applies in the real interview (the
longest path: a child patient, a parent writing, after a denial, every yes/no
"yes" so every follow-up is asked, all choices chosen), with a multi-currency
budget, a dated timeline and history, one correction, and five received files.

Each step is warmed up once, then timed ``--repeat`` times (PDF: ``--pdf-repeat``):
``build_handoff`` (records in, dict out), ``render_json``, ``render_html``,
``render_html_fragment`` and ``render_pdf``. Baselines from the same run:

* cold PDF: the very first ``render_pdf`` in this process (WeasyPrint import, font
  discovery, stylesheet parsing), i.e. what the reuse of the font configuration
  and stylesheet saves on every later report;
* minimal PDF: the report of a case that has only just started (no answers): the
  fixed cost of a report PDF whatever the case holds.

Targets (issue #5): PDF p95 under 1 s after warm-up; HTML p95 under 100 ms. It is a
measurement, not a test: it prints verdicts and exits 0 whatever they are.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Optional

from .report import percentile

PDF_TARGET_S = 1.0
HTML_TARGET_S = 0.1
NOW = dt.datetime(2025, 3, 9, 8, 30, tzinfo=dt.timezone.utc)
START = NOW - dt.timedelta(days=2)

TEXT = ("El médico del Hospital Central dijo que necesita el tratamiento pronto; "
        "aquí no hay equipo ni especialistas.")
CHOSEN: dict[str, Any] = {
    "writer_role": "parent",
    "request_type": "after_denial",
    "patient_birth_date": "2015-06-02",
    "denial_date": "2025-01-15",
    "diagnosis_date": "2023-11-20",
    "treatment_deadline": "2025-03-30",
    "travel_date": "2025-03-25",
    "passport_expiry": "2027-11-30",
    "earlier_receipt_number": "IOE0912345678",
    "sponsor_status": "citizen",
    "insurance": "none",
    "fit_to_travel": "medical_escort",
    "costs": [{"label": "Terapia CAR-T", "amount": "450000", "currency": "USD"},
              {"label": "Vuelos", "amount": "1200", "currency": "USD"},
              {"label": "Alojamiento 3 meses", "amount": "5400.50", "currency": "USD"},
              {"label": "Medicinas", "amount": "2300", "currency": "USD"},
              {"label": "Pasaporte urgente", "amount": "3000", "currency": "VES"}],
    "funds_available": {"amount": "60000", "currency": "USD"},
    "sponsor_income": {"amount": "85000", "currency": "USD"},
    "timeline": [{"date": "2023-11-02", "text": "primeros dolores y fiebre"},
                 {"date": "2023-11-20", "text": "diagnóstico en el Hospital Central"},
                 {"date": "2024-06-15", "text": "quimioterapia terminada"},
                 {"date": "2024-12-01", "text": "recaída"},
                 {"date": "2025-02-10", "text": "hospitalizado otra vez"}],
    "history_details": [{"date": "2018-06-10", "text": "visa de turista, 2 semanas en Miami"},
                        {"date": "2024-04-03", "text": "visa B-2 negada en Bogotá"}],
}


@dataclass(frozen=True)
class Case:
    id: int = 1
    reference: str = "PI-BENCH-0001"
    sender_id: str = "+15005550006"
    channel: str = "whatsapp"
    language: str = "es"
    status: str = "completed"
    created_at: dt.datetime = START
    updated_at: dt.datetime = START + dt.timedelta(hours=2)
    last_activity_at: dt.datetime = START + dt.timedelta(hours=2)
    consent_at: Optional[dt.datetime] = START
    completed_at: Optional[dt.datetime] = START + dt.timedelta(hours=2)
    review_status: str = "new"
    organisation: str = "default"


@dataclass(frozen=True)
class Row:
    id: int
    question_id: str
    status: Any
    value: Any
    raw_text: str
    language: str
    channel: str
    created_at: dt.datetime


@dataclass(frozen=True)
class Event:
    id: int
    kind: str
    created_at: dt.datetime


@dataclass(frozen=True)
class Document:
    id: int
    question_id: Optional[str]
    content_type: str
    size_bytes: int
    page_count: Optional[int]
    created_at: dt.datetime


def sample(question) -> Any:
    """A realistic answer of the question's type (``CHOSEN`` wins)."""
    from bot.interview.model import AnswerType as T

    if question.id in CHOSEN:
        return CHOSEN[question.id]
    kind = question.type
    if kind is T.YES_NO:
        return True
    if kind is T.CHOICE:
        return question.choices[0].key
    if kind is T.MULTI_CHOICE:
        return [choice.key for choice in question.choices]
    if kind is T.NUMBER:
        return max(question.min_value or 1, 16)
    if kind is T.DATE:
        return "2024-05-05"
    if kind is T.MONEY:
        return {"amount": "1500", "currency": "USD"}
    if kind is T.MONEY_LIST:
        return [{"label": "Cirugía", "amount": "40000", "currency": "USD"}]
    if kind is T.EVENT_LIST:
        return [{"date": "2024-05-05", "text": "consulta"}]
    if kind is T.PEOPLE_LIST:
        return [{"name": "Ana López Martínez", "detail": "tía, ciudadana estadounidense"},
                {"name": "Dr. Luis Ramos", "detail": "hematólogo, Hospital Central"}]
    if kind is T.NAME:
        return "Carlos Andrés Pérez Martínez"
    if kind is T.RECEIPT_NUMBER:
        return "IOE0912345678"
    return TEXT


def complete_case() -> dict:
    """The records of a complete case, as build_handoff takes them."""
    from bot.interview.model import Answer, AnswerStatus
    from bot.interview.questions import QUESTIONS

    answers: dict[str, Answer] = {}
    history: list[Row] = []

    def say(question, value, raw_text: str) -> None:
        when = START + dt.timedelta(minutes=len(history) + 1)
        history.append(Row(len(history) + 1, question.id, AnswerStatus.ANSWERED, value,
                           raw_text, "es", "whatsapp", when))
        answers[question.id] = Answer(question.id, AnswerStatus.ANSWERED, value, raw_text, "es")

    for question in QUESTIONS:
        if question.applies(answers):
            value = sample(question)
            say(question, value, value if isinstance(value, str) else TEXT[:40])
            if question.id == "diagnosis":            # one correction
                say(question, "Leucemia linfoblástica aguda, recaída",
                    "perdón: leucemia linfoblástica aguda, recaída")
    files = [Document(index + 1, question_id, kind, size, pages,
                      START + dt.timedelta(minutes=30 + index))
             for index, (question_id, kind, size, pages) in enumerate([
                 ("has_denial_notice", "image/jpeg", 350_000, 1),
                 ("has_physician_letter", "application/pdf", 210_000, 3),
                 ("us_provider_accepted", "application/pdf", 95_000, 2),
                 ("has_proof_of_funds", "application/pdf", 120_000, 4),
                 (None, "image/png", 1_500, 1)])]
    events = [Event(1, "consent_given", START), Event(2, "completed", START + dt.timedelta(hours=2))]
    return {"case": Case(), "answers": answers, "history": history, "events": events,
            "documents": files}


def minimal_case() -> dict:
    return {"case": replace(Case(), status="active", completed_at=None), "answers": {},
            "history": [], "events": [], "documents": []}


def build(records: dict) -> dict:
    from bot.report.handoff import build_handoff

    return build_handoff(records["case"], records["answers"], records["history"],
                         records["events"], documents=records["documents"], generated_at=NOW)


def timed(function: Callable[[], Any], repeat: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        function()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        samples.append(time.perf_counter() - started)
    return samples


def line(name: str, samples: list[float], target: Optional[float] = None) -> str:
    p50, p95 = percentile(samples, 0.5), percentile(samples, 0.95)
    verdict = "" if target is None else (
        f"target p95 < {target * 1000:.0f} ms: " + ("PASS" if p95 < target else "MISS"))
    return f"| {name} | {p50 * 1000:,.1f} | {p95 * 1000:,.1f} | {len(samples)} | {verdict} |"


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10,
                        help="timed runs of the JSON and HTML steps (default 10)")
    parser.add_argument("--pdf-repeat", type=int, default=5,
                        help="timed runs of the PDF steps (default 5)")
    parser.add_argument("--keep", type=Path, default=None, metavar="DIR",
                        help="also write the complete case's report.json/.html/.pdf to DIR")
    args = parser.parse_args(argv)

    from pypdf import PdfReader

    from bot.report.html import render_html, render_html_fragment
    from bot.report.json_output import render_json
    from bot.report.schema import validate_report

    records, empty = complete_case(), minimal_case()
    report, minimal = build(records), build(empty)
    validate_report(report)
    validate_report(minimal)

    from bot.report.pdf import render_pdf   # imported here: the cold run includes it
    from bot.staff.pdf_cache import PdfCache

    started = time.perf_counter()
    pdf = render_pdf(report)
    cold = time.perf_counter() - started
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    minimal_pages = len(PdfReader(io.BytesIO(render_pdf(minimal))).pages)
    cache = PdfCache(render_pdf)
    cache.prefetch(report)   # what opening the case page does

    rows = [
        line("build_handoff (dict)", timed(lambda: build(records), args.repeat)),
        line("render_json", timed(lambda: render_json(report), args.repeat)),
        line("render_html (page)", timed(lambda: render_html(report), args.repeat),
             HTML_TARGET_S),
        line("render_html_fragment", timed(lambda: render_html_fragment(report), args.repeat),
             HTML_TARGET_S),
        line(f"render_pdf ({pages} pages)", timed(lambda: render_pdf(report), args.pdf_repeat),
             PDF_TARGET_S),
        line(f"baseline: minimal case PDF ({minimal_pages} pages)",
             timed(lambda: render_pdf(minimal), args.pdf_repeat)),
        line("dashboard download after the case page (cached)",
             timed(lambda: cache.pdf_for(report), args.repeat), PDF_TARGET_S),
    ]
    answered = sum(1 for section in report["sections"] for q in section["questions"]
                   if q["status"] == "answered")
    print(f"\nReport rendering: complete case, {answered} answers, "
          f"{len(report['history'])} history rows, {len(report['documents'])} files, "
          f"{len(render_html(report)) // 1024} KiB of HTML, {pages}-page PDF "
          f"({len(pdf) // 1024} KiB).\n")
    print("| step | p50 ms | p95 ms | runs | verdict |")
    print("|---|---:|---:|---:|---|")
    print("\n".join(rows))
    print(f"| baseline: cold first render_pdf (import, fonts, CSS) | {cold * 1000:,.1f} | "
          f"{cold * 1000:,.1f} | 1 | |")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        (args.keep / "report.json").write_text(render_json(report), encoding="utf-8")
        (args.keep / "report.html").write_text(render_html(report), encoding="utf-8")
        (args.keep / "report.pdf").write_bytes(pdf)
        print(f"\nWrote report.json, report.html and report.pdf to {args.keep}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
