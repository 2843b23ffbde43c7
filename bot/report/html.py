"""Render a handoff report dict as HTML: a self-contained page, or a fragment for the
staff dashboard.

The page is what a paralegal opens or prints, so it carries everything inline (the
report CSS from ``static/report.css`` in a ``<style>`` element; no fonts, scripts or
images fetched from anywhere: a confidential file must not call out to the network
when opened). The fragment (:func:`render_html_fragment`) is the same content without
``<html>``/``<head>``; the dashboard serves ``static/report.css`` itself (``CSS_PATH``)
under a strict CSP, so neither output has a ``style`` attribute or a script, and the
timeline SVG uses presentation attributes only.

Applicant text is untrusted: the templates run with autoescaping on, so an answer
like ``<script>`` shows as text, and the SVG escapes it too. Statuses are written out
in words inside their coloured badges, so they survive black-and-white printing and
screen readers. The output is also well-formed XML.

Section order: header, summary and flags, the nine elements, denial grounds,
evidence checklist and documents received, chronology (table and SVG), budget,
people, answers by section, the verbatim answer history (appendix), events.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Optional

from babel.numbers import format_decimal
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from bot.i18n.languages import LANGUAGES_BY_CODE

from .chronology import timeline_svg
from .context import as_date

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
STATIC_DIR = Path(__file__).resolve().parent / "static"
#: The report's stylesheet: inlined in the page and the PDF, served by the dashboard.
CSS_PATH = STATIC_DIR / "report.css"

#: Status keys (question and evidence) -> the words shown in the badge.
STATUS_WORDS = {
    "answered": "Answered",
    "skipped": "Skipped",
    "dont_know": "Does not know",
    "tell_lawyer": "Will tell lawyer",
    "not_asked": "Not asked",
    "missing": "Missing",
    "provided": "Provided",
    "declined": "Will tell lawyer",
    # elements
    "supported": "Supported",
    "partly": "Partly supported",
    # document checklist
    "received": "Received",
    "have": "Applicant has it",
    "need": "Needed",
    "not_applicable": "Does not apply",
}

EVENT_WORDS = {
    "consent_given": "Consent given",
    "contact_requested": "Asked to talk to a person",
    "paused": "Paused",
    "resumed": "Resumed",
    "restarted": "Restarted",
    "language_changed": "Language changed",
    "deletion_requested": "Asked for data deletion",
    "completed": "Completed the interview",
    "consent_declined": "Declined consent",
    "opted_out": "Opted out of messages",
}


def status_words(status: str) -> str:
    """Badge text for a status key (unknown keys shown readably, not hidden)."""
    return STATUS_WORDS.get(status, status.replace("_", " ").capitalize())


def event_words(kind: str) -> str:
    return EVENT_WORDS.get(kind, kind.replace("_", " ").capitalize())


def days_words(days: Optional[int]) -> str:
    """``12`` -> "12 days left"; ``-3`` -> "passed 3 days ago"; ``0`` -> "today"."""
    if days is None:
        return "unknown"
    if days == 0:
        return "today"
    if days > 0:
        return f"{days} day{'s' if days != 1 else ''} left"
    return f"passed {-days} day{'s' if days != -1 else ''} ago"


def pages_words(pages: Optional[int]) -> str:
    if pages is None:
        return "pages unknown"
    return f"{pages} page{'s' if pages != 1 else ''}"


def file_size(size: int) -> str:
    """Bytes for people: "820 B", "12.5 KB", "3.1 MB" (1 KB = 1024 B)."""
    size = int(size)
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale:
            return f"{format_decimal(round(size / scale, 1), locale='en')} {unit}"
    return f"{size} B"


def html_lang(language: Optional[str]) -> str:
    """A BCP 47 tag for a ``lang`` attribute (``fa_AF`` -> ``fa-AF``); "" if unknown."""
    return (language or "").replace("_", "-")


def language_label(language: Optional[str]) -> str:
    """"fa_AF" -> "Dari (fa_AF)": staff read English names; the code stays for precision."""
    if not language:
        return ""
    known = LANGUAGES_BY_CODE.get(language)
    return f"{known.english_name} ({language})" if known else language


# Characters no XML (nor sane HTML) document may contain: C0 controls other than
# tab/newline/return, DEL, lone surrogates and the non-characters U+FFFE/U+FFFF.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def printable(value: Any) -> Any:
    """Replace characters that would break the document with U+FFFD.

    Applied to every ``{{ ... }}`` output: an SMS can carry stray control bytes,
    and one of them must not make the whole report unreadable.
    """
    if isinstance(value, str):
        cleaned = _UNPRINTABLE.sub("\ufffd", value)
        return Markup(cleaned) if isinstance(value, Markup) else cleaned
    return value


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=printable,
    )
    env.filters["status_words"] = status_words
    env.filters["event_words"] = event_words
    env.filters["html_lang"] = html_lang
    env.filters["language_label"] = language_label
    env.filters["days_words"] = days_words
    env.filters["pages_words"] = pages_words
    env.filters["file_size"] = file_size
    return env


_ENV = _environment()


def report_css() -> str:
    """The report stylesheet (``CSS_PATH``), read once."""
    global _CSS
    if _CSS is None:
        _CSS = CSS_PATH.read_text(encoding="utf-8")
    return _CSS


_CSS: Optional[str] = None


def _context(report: dict) -> dict:
    generated = report["generated_at"]
    return {
        "report": report,
        "question_labels": {
            question["id"]: question["label"]
            for section in report["sections"] for question in section["questions"]
        },
        "evidence_labels": {item["key"]: item["label"] for item in report["evidence"]},
        "timeline_svg": timeline_svg(report["chronology"]["entries"],
                                     as_date(generated[:10]) if generated else None),
    }


def render_html(report: dict) -> str:
    """The report as a complete, self-contained HTML document (UTF-8 when written)."""
    return _ENV.get_template("handoff.html").render(report_css=Markup(report_css()),
                                                    **_context(report))


def render_html_fragment(report: dict) -> Markup:
    """The report's content without ``<html>``/``<head>`` (one ``<article
    class="handoff-report">``), for embedding in the staff dashboard, which links
    ``CSS_PATH`` itself."""
    return Markup(_ENV.get_template("report_body.html").render(**_context(report)))
