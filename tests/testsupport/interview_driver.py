"""Drive a whole interview over the REST channel, answering each question as it
comes (shared by the end-to-end interview and dashboard tests)."""
from __future__ import annotations

from bot.interview.questions import QUESTIONS_BY_ID
from testsupport.scripted import answer_text

MAX_TURNS = 400
CHOSEN = {"request_type": "after_denial", "writer_role": "parent"}


def current(store, applicant):
    case = store.active_case(applicant.sender)
    return case, case.state.get("mode"), case.state.get("current")


def answer_everything(applicant, store, lang="en", *, skip_all=False):
    """Answer each question as it comes, until the read-back starts."""
    for _ in range(MAX_TURNS):
        case, mode, question_id = current(store, applicant)
        if mode == "confirm_command":
            applicant.say("2")  # "That is my answer": the reply sounded like a command
            continue
        if mode != "asking":
            return case
        question = QUESTIONS_BY_ID[question_id]
        if skip_all:
            applicant.say("saltar" if lang == "es" else "skip")
        elif question_id in CHOSEN:
            applicant.say(CHOSEN[question_id])
        else:
            applicant.say(answer_text(question, lang))
    raise AssertionError("the interview did not reach the read-back")


def confirm_review(applicant, store):
    for _ in range(20):
        _, mode, _ = current(store, applicant)
        if mode != "review":
            return
        applicant.say("1")  # "Yes", the first button
    raise AssertionError("the read-back did not end")


def start(applicant, opener="hello", agree="yes"):
    applicant.say(opener)
    assert applicant.buttons, "the consent question offers buttons"
    applicant.say(agree)
