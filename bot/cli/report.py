"""``intake report``: print or save the handoff report of one conversation.

    intake report --sender SENDER_ID [--format json|html|pdf] [--output FILE]

The newest conversation of that sender is reported, with the metadata of the files
received on it (never their content). Every report is checked against
``docs/handoff-report.schema.json`` before it is written, whatever the format, so a
report that would mislead an integrator is never produced.

JSON and HTML go to stdout unless ``--output`` is given; PDF is binary and needs
``--output`` (it is never written to a terminal or stdout). Files are created
readable by their owner only.

Exit status: 0 written; 1 no conversation for that sender; 2 PDF asked for without
``--output``; 3 the built report does not match its schema (a bug: nothing is written).
The sender id is never echoed: it is a phone number or chat id, i.e. personal data.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Union

from bot.config import Settings
from bot.report.handoff import build_handoff
from bot.report.html import render_html
from bot.report.json_output import render_json
from bot.report.schema import ReportSchemaError, validate_report

EXIT_OK = 0
EXIT_NO_CASE = 1
EXIT_USAGE = 2
EXIT_UNAVAILABLE = EXIT_USAGE   # former name, kept for callers
EXIT_INVALID_REPORT = 3


def render_pdf(report: dict) -> bytes:
    """PDF bytes (WeasyPrint is imported only when a PDF is asked for)."""
    from bot.report.pdf import render_pdf as render

    return render(report)


#: Output formats: name -> renderer of the report dict (text, or bytes for PDF).
RENDERERS: dict[str, Callable[[dict], Union[str, bytes]]] = {
    "json": render_json,
    "html": render_html,
    "pdf": render_pdf,
}

#: Formats that are binary and must go to a file.
FILE_ONLY_FORMATS = frozenset({"pdf"})

PDF_NEEDS_OUTPUT = ("PDF is binary and is not written to a terminal, stdout or a device: "
                    "give --output FILE.")


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
                        choices=sorted(RENDERERS),
                        help="output format (default: json); pdf needs --output")
    parser.add_argument("--output", metavar="FILE", type=Path, default=None,
                        help="write to FILE (readable by its owner only) instead of stdout")
    return parser


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Build, check and write the report; return the exit status."""
    if args.format in FILE_ONLY_FORMATS and not is_plain_file_target(args.output):
        print(PDF_NEEDS_OUTPUT, file=sys.stderr)
        return EXIT_USAGE
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


def is_plain_file_target(output: Optional[Path]) -> bool:
    """True for a path that is, or will be created as, a regular file: not stdout,
    and not a terminal, pipe or device such as /dev/stdout or /dev/tty."""
    if output is None:
        return False
    try:
        return stat.S_ISREG(os.stat(output).st_mode)
    except FileNotFoundError:
        return True


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
            documents=load_documents(settings, case.id),
            generated_at=dt.datetime.now(dt.timezone.utc),
        )
    finally:
        close = getattr(store, "close", None)
        if callable(close):
            close()


@dataclass(frozen=True)
class DocumentMeta:
    """A file's metadata, as the report reads it (the bytes are dropped)."""

    id: int
    question_id: Optional[str]
    content_type: str
    size_bytes: int
    page_count: Optional[int]
    created_at: dt.datetime


def load_documents(settings: Settings, case_id: int) -> list:
    """The metadata of the files received on the case, oldest first.

    Uses the store's byte-free index when it has one; otherwise reads the files and
    keeps only their metadata (the content never reaches the report)."""
    from bot.storage.messaging import open_case_documents

    documents = open_case_documents(settings)
    index = getattr(documents, "index_for_case", None)
    if callable(index):
        return list(index(case_id))
    return [DocumentMeta(doc.id, doc.question_id, doc.content_type, doc.size_bytes,
                         getattr(doc, "page_count", None), doc.created_at)
            for doc in documents.for_case(case_id)]


def write_output(content: Union[str, bytes], output: Optional[Path]) -> None:
    """Write to stdout, or to ``output`` created owner-only (it holds client data).

    Bytes (PDF) are only ever written to a file."""
    if output is None:
        if isinstance(content, bytes):
            raise ValueError(PDF_NEEDS_OUTPUT)
        sys.stdout.write(content)
        sys.stdout.flush()
        return
    descriptor = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)  # also when replacing a file that was readable by others
    if isinstance(content, bytes):
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
        return
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(content)
