"""``intake report``: print or save the handoff report of one conversation.

    intake report --sender SENDER_ID [--format json|html|pdf] [--output FILE]

The newest conversation of that sender is reported. Every report is checked against
``docs/handoff-report.schema.json`` before it is written, whatever the format, so a
report that would mislead an integrator is never produced.

Exit status: 0 written; 1 no conversation for that sender; 2 format not available
yet (PDF); 3 the built report does not match its schema (a bug: nothing is written).
The sender id is never echoed: it is a phone number or chat id, i.e. personal data.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Callable, Optional

from bot.config import Settings
from bot.report.handoff import build_handoff
from bot.report.html import render_html
from bot.report.schema import ReportSchemaError, validate_report

EXIT_OK = 0
EXIT_NO_CASE = 1
EXIT_UNAVAILABLE = 2
EXIT_INVALID_REPORT = 3


def render_json(report: dict) -> str:
    """Pretty JSON, non-ASCII kept readable (names and answers in any script)."""
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


#: Output formats: name -> renderer of the report dict. PDF joins here when the
#: attorney report lands (it renders bytes and needs --output).
RENDERERS: dict[str, Callable[[dict], str]] = {
    "json": render_json,
    "html": render_html,
}

#: Formats announced in the interface but not built yet, with the reason shown.
UNAVAILABLE_FORMATS = {
    "pdf": "PDF output comes with the attorney report (not yet available)",
}


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``report`` on the ``intake`` command's subparsers."""
    parser = subparsers.add_parser(
        "report",
        help="print or save the handoff report of a conversation",
        description="Print (or save) the handoff report of a sender's newest conversation.",
    )
    parser.add_argument("--sender", required=True, metavar="SENDER_ID",
                        help="the sender id of the conversation (phone number or chat id)")
    parser.add_argument("--format", default="json",
                        choices=sorted(set(RENDERERS) | set(UNAVAILABLE_FORMATS)),
                        help="output format (default: json)")
    parser.add_argument("--output", metavar="FILE", type=Path, default=None,
                        help="write to FILE (readable by its owner only) instead of stdout")
    return parser


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Build, check and write the report; return the exit status."""
    if args.format in UNAVAILABLE_FORMATS:
        print(UNAVAILABLE_FORMATS[args.format], file=sys.stderr)
        return EXIT_UNAVAILABLE
    report = load_report(args.sender, settings)
    if report is None:
        print("No conversation found for that sender.", file=sys.stderr)
        return EXIT_NO_CASE
    try:
        validate_report(report)
    except ReportSchemaError as error:
        print(f"Internal error, nothing written. {error}", file=sys.stderr)
        return EXIT_INVALID_REPORT
    write_output(RENDERERS[args.format](report), args.output)
    return EXIT_OK


def load_report(sender_id: str, settings: Settings) -> Optional[dict]:
    """The handoff report of the sender's newest case, or None if they have none."""
    from bot.storage import open_store

    store = open_store(settings)
    try:
        cases = store.cases_for_sender(sender_id)
        if not cases:
            return None
        case = cases[0]
        return build_handoff(
            case,
            store.current_answers(case.id),
            store.answer_history(case.id),
            store.events(case.id),
            generated_at=dt.datetime.now(dt.timezone.utc),
        )
    finally:
        close = getattr(store, "close", None)
        if callable(close):
            close()


def write_output(text: str, output: Optional[Path]) -> None:
    """Write to stdout, or to ``output`` created owner-only (it holds client data)."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    descriptor = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)  # also when replacing a file that was readable by others
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
