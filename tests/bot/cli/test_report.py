"""``intake report``: from a sender id in a real (temporary SQLite) store to a file."""
from __future__ import annotations

import argparse
import functools
import io
import json
import logging
import stat

import pytest
from pypdf import PdfReader

from bot import config
from bot.cli import report as report_cli
from bot.interview.model import (
    Answer,
    AnswerStatus,
    AnswerType,
    DenialGround,
    EvidenceItem,
    Question,
    Section,
)
from bot.report.handoff import build_handoff
from bot.report.schema import report_errors
from bot.storage import close_engines, open_store

SENDER = "+15005550006"
SECRET_WORDS = "quimioterapia-7731"

SECTIONS = (Section("about", "About you"), Section("medical", "Medical"))
QUESTIONS = (
    Question("safe_to_message", "about", AnswerType.YES_NO, "Safe?", "",
             report_label="Safe to message here"),
    Question("diagnosis", "medical", AnswerType.TEXT, "Illness?", "",
             grounds=("urgency",), report_label="Diagnosis"),
    Question("has_doctor_letter", "medical", AnswerType.YES_NO, "Letter?", "",
             evidence=("doctor_letter",), report_label="Has a doctor's letter"),
)
DEFINITIONS = dict(
    questions=QUESTIONS, sections=SECTIONS,
    evidence_items=(EvidenceItem("doctor_letter", "Doctor's letter"),),
    grounds=(DenialGround("urgency", "Insufficient urgency"),),
)


@pytest.fixture
def settings(tmp_path):
    yield config.load({"INTAKE_VAR_DIR": str(tmp_path)})
    close_engines()


@pytest.fixture
def small_interview(monkeypatch):
    """Report with this file's small definitions instead of the real interview."""
    monkeypatch.setattr(report_cli, "build_handoff",
                        functools.partial(build_handoff, **DEFINITIONS))


@pytest.fixture
def stored_case(settings):
    """An older case and a newer one for SENDER; returns the newer one."""
    store = open_store(settings)
    old = store.open_case(SENDER, "sms", "es")
    store.save_answer(old.id, Answer("diagnosis", AnswerStatus.ANSWERED, "viejo", "viejo"),
                      "sms")
    case = store.open_case(SENDER, "whatsapp", "es")
    store.add_event(case.id, "consent_given", {"text": "sí"})
    store.save_answer(case.id, Answer("safe_to_message", AnswerStatus.ANSWERED, False, "no",
                                      "es"), "whatsapp")
    store.save_answer(case.id, Answer("diagnosis", AnswerStatus.ANSWERED, "cáncer",
                                      "cancer"), "whatsapp")
    store.save_answer(case.id, Answer("diagnosis", AnswerStatus.ANSWERED, SECRET_WORDS,
                                      SECRET_WORDS), "whatsapp")
    store.save_answer(case.id, Answer("has_doctor_letter", AnswerStatus.DONT_KNOW, None,
                                      "no sé"), "whatsapp")
    store.add_event(case.id, "contact_requested", {"text": "quiero hablar"})
    return case


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="intake")
    report_cli.add_parser(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(["report", *argv])


def test_parser_defaults_and_choices():
    args = parse("--sender", SENDER)
    assert (args.command, args.sender, args.format, args.output) == (
        "report", SENDER, "json", None)
    assert parse("--sender", SENDER, "--format", "pdf").format == "pdf"
    assert parse("--sender", SENDER, "--format", "html").format == "html"


@pytest.mark.parametrize("argv", [[], ["--sender", SENDER, "--format", "docx"]])
def test_parser_rejects_bad_use(argv, capsys):
    with pytest.raises(SystemExit) as raised:
        parse(*argv)
    assert raised.value.code == 2


def test_json_report_of_newest_case(settings, stored_case, small_interview, capsys, caplog):
    caplog.set_level(logging.DEBUG)
    assert report_cli.run(parse("--sender", SENDER), settings) == 0
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert report_errors(report) == []
    assert report["case"]["reference"] == stored_case.reference
    assert report["case"]["channel"] == "whatsapp"
    assert report["flags"]["not_safe_to_contact"] is True
    assert report["flags"]["contact_requested"] is True
    statuses = {q["id"]: q["status"] for s in report["sections"] for q in s["questions"]}
    assert statuses == {"safe_to_message": "answered", "diagnosis": "answered",
                        "has_doctor_letter": "dont_know"}
    assert [row["raw_text"] for row in report["history"]] == [
        "no", "cancer", SECRET_WORDS, "no sé"]
    assert [e["kind"] for e in report["events"]] == ["consent_given", "contact_requested"]
    assert report["evidence"][0]["status"] == "skipped"
    assert "quiero hablar" not in out
    assert SENDER not in out and SENDER not in err and SENDER not in caplog.text
    assert SECRET_WORDS not in caplog.text
    assert err == ""


def test_html_report_to_an_owner_only_file(settings, stored_case, small_interview,
                                           tmp_path, capsys):
    target = tmp_path / "handoff.html"
    assert report_cli.run(parse("--sender", SENDER, "--format", "html",
                                "--output", str(target)), settings) == 0
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert stored_case.reference in page and SECRET_WORDS in page
    assert "Confidential — attorney-client communication" in page
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert capsys.readouterr().out == ""


def test_existing_output_file_is_replaced_and_made_private(settings, stored_case,
                                                           small_interview, tmp_path):
    target = tmp_path / "handoff.json"
    target.write_text("old and much longer content " * 100)
    target.chmod(0o644)
    assert report_cli.run(parse("--sender", SENDER, "--output", str(target)), settings) == 0
    assert json.loads(target.read_text())["case"]["reference"] == stored_case.reference
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_unknown_sender(settings, stored_case, small_interview, capsys, caplog):
    caplog.set_level(logging.DEBUG)
    stranger = "+15005550099"
    assert report_cli.run(parse("--sender", stranger), settings) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip() == "No conversation found for that sender."
    assert stranger not in err and stranger not in caplog.text


def test_pdf_report_to_an_owner_only_file(settings, stored_case, small_interview, tmp_path,
                                          capsys):
    target = tmp_path / "handoff.pdf"
    assert report_cli.run(parse("--sender", SENDER, "--format", "pdf",
                                "--output", str(target)), settings) == 0
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert stored_case.reference in text and SECRET_WORDS in text
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("output", [None, "/dev/null"])
def test_pdf_is_never_written_to_stdout_or_a_device(settings, stored_case, small_interview,
                                                    capsys, output):
    argv = ["--sender", SENDER, "--format", "pdf"] + (["--output", output] if output else [])
    assert report_cli.run(parse(*argv), settings) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip() == report_cli.PDF_NEEDS_OUTPUT
    assert "--output FILE" in err


def test_write_output_refuses_bytes_without_a_file():
    with pytest.raises(ValueError):
        report_cli.write_output(b"%PDF-1.7", None)


def test_documents_received_are_in_the_report_without_their_content(
        settings, stored_case, small_interview, capsys):
    from bot.storage.messaging import open_case_documents

    secret_bytes = b"%PDF-1.4 doctor-letter-content-8812"
    open_case_documents(settings).add(stored_case.id, "has_doctor_letter", "application/pdf",
                                      secret_bytes)
    assert report_cli.run(parse("--sender", SENDER), settings) == 0
    out = capsys.readouterr().out
    report = json.loads(out)
    assert report_errors(report) == []
    [document] = report["documents"]
    assert document["question_id"] == "has_doctor_letter"
    assert document["content_type"] == "application/pdf"
    assert document["size_bytes"] == len(secret_bytes)
    assert document["evidence"] == ["doctor_letter"]
    assert report["evidence"][0]["checklist"] == "received"
    assert "doctor-letter-content" not in out


def test_render_json_is_shared_with_the_report_package():
    from bot.report.json_output import render_json

    assert report_cli.render_json is render_json
    assert render_json({"name": "Zoë"}) == '{\n  "name": "Zoë"\n}\n'


def test_a_report_that_breaks_the_schema_is_not_written(settings, stored_case, monkeypatch,
                                                        tmp_path, capsys):
    def broken(*args, **kwargs):
        report = build_handoff(*args, **DEFINITIONS, **kwargs)
        report["sections"][1]["questions"][0]["status"] = SECRET_WORDS
        return report

    monkeypatch.setattr(report_cli, "build_handoff", broken)
    target = tmp_path / "handoff.json"
    assert report_cli.run(parse("--sender", SENDER, "--output", str(target)), settings) == 3
    out, err = capsys.readouterr()
    assert not target.exists() and out == ""
    assert "/sections/1/questions/0/status" in err
    assert SECRET_WORDS not in err


def test_with_the_real_interview_definitions(settings, capsys):
    """No monkeypatching: the real bot.interview definitions and a fresh case."""
    store = open_store(settings)
    case = store.open_case(SENDER, "web", "en")
    assert report_cli.run(parse("--sender", SENDER), settings) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["case"]["reference"] == case.reference
    assert report["sections"] and report["evidence"]
