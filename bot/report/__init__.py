"""The handoff report: what the legal team receives about one conversation.

Public interface (imported lazily, so that importing ``bot.report.handoff`` stays
cheap for the interview engine):

``build_handoff(case, answers, history, events, *, questions=None, sections=None,
evidence_items=None, grounds=None, elements=None, documents=(), generated_at)``
    records in, JSON-ready dict out (``handoff``), described by
    ``docs/handoff-report.schema.json`` (``SCHEMA_VERSION``).
``render_json(report) -> str``          (``json_output``)
``render_html(report) -> str``          a self-contained page (``html``)
``render_html_fragment(report) -> Markup``  the page's content for the dashboard
``render_pdf(report) -> bytes``         tagged PDF/UA-1 via WeasyPrint (``pdf``)
``CSS_PATH``                            ``bot/report/static/report.css``
``validate_report(report)``             check against the schema (``schema``)

One module per part of the report: ``summary``, ``elements``, ``grounds``,
``documents`` (evidence checklist and file index), ``chronology`` (entries and the
SVG timeline), ``budget``, ``people``; ``context`` holds the shared status rules and
``gaps`` the wording of what is missing.
"""
from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "SCHEMA_VERSION": "handoff",
    "build_handoff": "handoff",
    "render_json": "json_output",
    "render_html": "html",
    "render_html_fragment": "html",
    "CSS_PATH": "html",
    "render_pdf": "pdf",
    "validate_report": "schema",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'bot.report' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
