"""Render a handoff report dict as one self-contained, accessible HTML page.

The page is what a paralegal opens or prints, so it carries everything inline (CSS
in the page, no fonts, scripts or images fetched from anywhere: a confidential file
must not call out to the network when opened). Applicant text is untrusted: the
template runs with autoescaping on, so an answer like ``<script>`` shows as text.
Statuses are written out in words inside their coloured badges, so they survive
black-and-white printing and screen readers. The output is also well-formed XML,
so the later PDF step can rely on a strict parser.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Optional

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from bot.i18n.languages import LANGUAGES_BY_CODE

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"

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
}


def status_words(status: str) -> str:
    """Badge text for a status key (unknown keys shown readably, not hidden)."""
    return STATUS_WORDS.get(status, status.replace("_", " ").capitalize())


def event_words(kind: str) -> str:
    return EVENT_WORDS.get(kind, kind.replace("_", " ").capitalize())


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
    return env


_ENV = _environment()


def render_html(report: dict) -> str:
    """The report as a complete HTML document (a str, UTF-8 when written)."""
    labels = {
        question["id"]: question["label"]
        for section in report["sections"] for question in section["questions"]
    }
    return _ENV.get_template("handoff.html").render(report=report, question_labels=labels)
