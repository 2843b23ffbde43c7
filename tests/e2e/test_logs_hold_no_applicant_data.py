"""No answer, name or phone number in any log of the running stack, at DEBUG level:
a conversation goes through with distinctive answers, then every log file of the
Rasa server, the action server and the staff app is searched for them."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.interview.model import AnswerType
from bot.interview.questions import QUESTIONS_BY_ID
from conftest import Applicant

pytestmark = pytest.mark.e2e

PHONE = "+15005550777"
# One distinctive answer for the first name question and for the first two free-text ones.
ANSWERS = {AnswerType.NAME: ["Zebulon Quaxley"],
           AnswerType.TEXT: ["quaxleyitis of the left femur", "Hospital Vrindaquix"]}


def test_a_conversation_leaves_no_trace_in_the_logs(stack, stack_env, store):
    applicant = Applicant(stack.rest_url, PHONE)
    applicant.say("hello")
    applicant.say("yes")
    given: list[str] = []
    for _ in range(40):
        case = store.active_case(PHONE)
        kind = QUESTIONS_BY_ID[case.state["current"]].type
        if not any(ANSWERS.values()):
            break
        if ANSWERS.get(kind):
            given.append(ANSWERS[kind].pop(0))
            applicant.say(given[-1])
        else:
            applicant.say("skip")
    said = {answer.raw_text for answer in store.current_answers(case.id).values()}
    assert len(given) == 3 and set(given) <= said, "the answers were taken"

    logs = sorted(Path(stack_env["INTAKE_VAR_DIR"], "log").glob("*.log"))
    assert {path.stem for path in logs} >= {"rasa", "actions", "staff"}
    text = "\n".join(path.read_text(errors="replace") for path in logs)
    assert "debug message of rasa" in text, "the stack really logged at DEBUG"
    for secret in given + [PHONE, PHONE[1:], "5550777"]:
        assert secret.lower() not in text.lower(), secret
