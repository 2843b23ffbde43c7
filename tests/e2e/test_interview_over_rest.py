"""Whole interviews over the Rasa REST channel against the trained model, the
action server and the database, then the handoff report from `intake report`."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import update

from bot.interview.model import AnswerStatus
from bot.interview.questions import QUESTIONS_BY_ID
from bot.report.schema import validate_report
from bot.storage.models import Case
from testsupport.interview_driver import answer_everything, confirm_review, current, start
from testsupport.scripted import answer_text

pytestmark = pytest.mark.e2e
def intake_report(stack_env, sender, fmt="json") -> str:
    env = dict(os.environ, **stack_env)
    intake = str(Path(sys.executable).with_name("intake"))
    result = subprocess.run([intake, "report", "--sender", sender, "--format", fmt],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_complete_english_interview_every_answer_in_the_report(applicant, store, stack_env):
    start(applicant)
    assert "Is it safe" in applicant.text
    answer_everything(applicant, store)
    assert "check your answers" in applicant.text
    confirm_review(applicant, store)
    case, mode, _ = current(store, applicant)
    assert mode == "done"
    assert case.reference in applicant.text and "documents" in applicant.text

    report = json.loads(intake_report(stack_env, applicant.sender))
    validate_report(report)
    assert report["case"]["reference"] == case.reference
    rows = {q["id"]: q for s in report["sections"] for q in s["questions"]}
    answers = store.current_answers(case.id)
    assert len(answers) > 40
    for question_id, answer in answers.items():
        assert rows[question_id]["status"] == "answered", question_id
        assert rows[question_id]["raw_text"] == answer.raw_text
    assert {g["key"] for g in report["denial_grounds"]}, "a denial's grounds are reported"
    html = intake_report(stack_env, applicant.sender, "html")
    assert case.reference in html and "Confidential" in html


def test_spanish_interview(applicant, store, stack_env):
    start(applicant, opener="Hola, necesito ayuda para mi hijo", agree="sí")
    assert "¿" in applicant.text or "á" in applicant.text or "é" in applicant.text
    case = answer_everything(applicant, store, "es")
    confirm_review(applicant, store)
    _, mode, _ = current(store, applicant)
    assert mode == "done"
    report = json.loads(intake_report(stack_env, applicant.sender))
    assert report["case"]["language"] == "es"
    answered = [q for s in report["sections"] for q in s["questions"] if q["status"] == "answered"]
    assert answered and all(q["language"] == "es" for q in answered)
    assert any(q["raw_text"] == "María López" for q in answered)
    assert case.reference in applicant.text


@pytest.mark.parametrize("lang, opener, agree", [
    ("uk", "Добрий день, мені потрібна допомога для сина", "так"),
    ("ar", "مرحبا، أحتاج إلى مساعدة لابني", "نعم"),
    ("zh_Hans", "你好，我儿子需要帮助", "是的"),
])
def test_interviews_in_other_scripts(applicant, store, stack_env, lang, opener, agree):
    """Cyrillic, right-to-left Arabic with Arabic-Indic digits, and Chinese without
    spaces: detected from the first message, answered in local formats, reported
    verbatim with their language."""
    start(applicant, opener=opener, agree=agree)
    case = answer_everything(applicant, store, lang)
    assert case.language == lang
    confirm_review(applicant, store)
    assert current(store, applicant)[1] == "done"
    report = json.loads(intake_report(stack_env, applicant.sender))
    validate_report(report)
    answered = [q for s in report["sections"] for q in s["questions"] if q["status"] == "answered"]
    assert len(answered) > 40 and all(q["language"] == lang for q in answered)
    raw = {q["raw_text"] for q in answered}
    assert {answer_text(QUESTIONS_BY_ID["patient_name"], lang)} <= raw
    html = intake_report(stack_env, applicant.sender, "html")
    assert f'lang="{lang.replace("_", "-")}"' in html and 'dir="auto"' in html


def test_skipping_everything_lists_every_evidence_item_as_a_gap(applicant, store, stack_env):
    start(applicant)
    answer_everything(applicant, store, skip_all=True)
    confirm_review(applicant, store)
    report = json.loads(intake_report(stack_env, applicant.sender))
    statuses = {item["key"]: item["status"] for item in report["evidence"]}
    assert statuses and "provided" not in statuses.values()
    asked = [q for s in report["sections"] for q in s["questions"] if q["status"] != "not_asked"]
    assert asked and all(q["status"] == AnswerStatus.SKIPPED.value for q in asked)


def test_pause_and_resume_after_the_session_expired(applicant, store, settings):
    start(applicant)
    applicant.say("yes")                      # safe to message
    applicant.say("2")                        # a parent writes
    case, _, where = current(store, applicant)
    before = store.current_answers(case.id)
    assert QUESTIONS_BY_ID[where].type.value == "name"
    applicant.say("I have to go, I'll continue later")
    # Where any words could be the answer (a name), the assistant asks which was meant.
    assert "What did you mean?" in applicant.text
    applicant.say("1")                        # "Pause for now"
    assert "saved" in applicant.text
    # Days pass: move the case's last activity back, as the clock would.
    _backdate(settings, case.id, days=3)
    applicant.say("hello, I am back")
    assert "continue" in applicant.text.lower()
    _, mode, question_id = current(store, applicant)
    assert mode == "asking" and question_id == where
    assert store.current_answers(case.id) == before

    applicant.say(answer_text(QUESTIONS_BY_ID[where]))
    _backdate(settings, case.id, days=5)
    applicant.say("hi")
    assert "continue where you stopped" in applicant.text
    applicant.say("1")
    _, mode, _ = current(store, applicant)
    assert mode == "asking"
    assert len(store.current_answers(case.id)) == len(before) + 1


def _backdate(settings, case_id, *, days):
    from bot.storage.db import make_engine

    engine = make_engine(settings.database_url)
    then = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)
    with engine.begin() as connection:
        connection.execute(update(Case).where(Case.id == case_id).values(last_activity_at=then))
    engine.dispose()


def test_an_earlier_answer_changed_shows_in_the_report_history(applicant, store, stack_env):
    start(applicant)
    applicant.say("yes")                      # safe to message
    applicant.say("1")                        # the patient writes
    applicant.say("Carlos Perez")             # patient's name
    applicant.say("I made a mistake, I want to change an answer")
    assert "Which part" in applicant.text
    applicant.say("1")
    applicant.say("Patient's name (as in passport)")
    applicant.say("Carlos Andres Perez")
    assert "changed" in applicant.text.lower() or "thank" in applicant.text.lower()
    report = json.loads(intake_report(stack_env, applicant.sender))
    rows = {q["id"]: q for s in report["sections"] for q in s["questions"]}
    assert rows["patient_name"]["raw_text"] == "Carlos Andres Perez"
    history = [h["raw_text"] for h in report["history"] if h["question_id"] == "patient_name"]
    assert history == ["Carlos Perez", "Carlos Andres Perez"]


def test_terminal_chat_talks_to_the_running_assistant(stack, stack_env):
    env = dict(os.environ, **stack_env)
    intake = str(Path(sys.executable).with_name("intake"))
    result = subprocess.run([intake, "chat", "--url", stack.rest_url, "--sender", "terminal-e2e"],
                            input="1\n", env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "1. Yes" in result.stdout                      # buttons shown numbered
    assert "Is it safe for us to send you messages" in result.stdout
