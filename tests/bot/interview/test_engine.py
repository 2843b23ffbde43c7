"""The interview engine against a real (SQLite) case store, turn by turn."""
from __future__ import annotations

import pytest

from bot.storage import CaseNotFound

from bot.interview.engine import Turn
from bot.interview.model import AnswerStatus
from bot.interview.questions import QUESTIONS, QUESTIONS_BY_ID
from bot.interview.state import Mode
from testsupport.engine_chat import Chat


def test_nothing_is_asked_before_consent(chat):
    chat.say("hello", "greet")
    assert "not legal advice" in chat.text
    assert "delete my data" in chat.text
    assert chat.mode is Mode.CONSENT
    chat.say("Maria Lopez")
    assert chat.mode is Mode.CONSENT and chat.answers() == {}
    chat.say("no", "deny")
    assert chat.mode is Mode.DECLINED and chat.answers() == {}
    assert chat.case.consent_at is None


def test_consent_then_first_question(chat):
    chat.consent()
    assert chat.case.consent_at is not None
    assert chat.mode is Mode.ASKING
    assert chat.current == QUESTIONS[0].id
    assert QUESTIONS[0].prompt in chat.text


def test_each_answer_is_saved_with_its_original_text(chat):
    chat.consent()
    chat.say("1")  # safe to message: the first button, "Yes"
    answer = chat.answers()["safe_to_message"]
    assert answer.status is AnswerStatus.ANSWERED and answer.value is True
    assert answer.raw_text == "1"


@pytest.mark.parametrize("text,intent,status", [
    ("skip", "skip", AnswerStatus.SKIPPED),
    ("I don't know", "dont_know", AnswerStatus.DONT_KNOW),
    ("I'd rather tell the lawyer", "tell_lawyer", AnswerStatus.TELL_LAWYER),
    ("/skip", None, AnswerStatus.SKIPPED),
])
def test_skip_dont_know_and_lawyer_are_recorded_as_such(chat, text, intent, status):
    chat.consent()
    first = chat.current
    chat.say(text, intent)
    assert chat.answers()[first].status is status
    assert chat.current != first


def test_a_bad_answer_gets_a_kind_reask_with_an_example_and_loses_nothing(chat):
    chat.consent()
    while QUESTIONS_BY_ID[chat.current].type.value != "date":
        chat.answer_current()
    question = chat.current
    before = dict(chat.answers())
    chat.say("banana 🍌")
    assert chat.current == question
    assert "could not read that date" in chat.text
    assert "Example" in chat.text
    assert chat.answers() == before


@pytest.mark.parametrize("hostile", ["", "   ", "x" * 5000, "🙂🙂🙂", "<script>alert(1)</script>",
                                     "'; DROP TABLE answers; --", "\x00\x01\x02"])
def test_hostile_input_never_crashes(chat, hostile):
    chat.consent()
    for _ in range(3):
        chat.say(hostile)
        assert chat.reply.messages


def test_help_explains_the_current_question_and_keeps_it(chat):
    chat.consent()
    question = QUESTIONS_BY_ID[chat.current]
    chat.say("why do you ask this?", "help")
    assert question.help in chat.text
    assert chat.current == question.id


def test_questions_that_do_not_apply_are_not_asked(chat):
    chat.consent()
    asked = []
    while chat.mode is Mode.ASKING:
        asked.append(chat.current)
        question = QUESTIONS_BY_ID[chat.current]
        if question.id == "request_type":
            chat.say("first")
        elif question.id == "writer_role":
            chat.say("I am the patient")
        else:
            chat.say("skip", "skip")
    assert "helper_name" not in asked
    assert not any(qid.startswith("denial") for qid in asked)


def test_change_an_earlier_answer_keeps_history_and_returns(chat):
    chat.consent()
    chat.say("yes", "affirm")                       # safe_to_message
    chat.say("2")                                   # writer_role: parent
    where = chat.current
    chat.say("change", "change_answer")
    assert chat.mode is Mode.CHANGE_SECTION
    chat.say("1")                                   # the first section
    assert chat.mode is Mode.CHANGE_QUESTION
    chat.say("Who is writing")                      # by label
    assert chat.current == "writer_role"
    chat.say("1")                                   # now: I am the patient
    assert chat.answers()["writer_role"].value == "patient"
    history = [r for r in chat.store.answer_history(chat.case.id) if r.question_id == "writer_role"]
    assert [r.value for r in history] == ["parent", "patient"]
    assert chat.mode is Mode.ASKING
    assert chat.current != "writer_role"
    assert where in {chat.current, "helper_name"}


def test_pause_and_resume_after_days(chat, clock):
    chat.consent()
    chat.answer_current()
    where = chat.current
    chat.say("pause", "pause")
    assert chat.mode is Mode.PAUSED and "saved" in chat.text
    clock.advance(days=3)
    chat.say("hello again")
    assert chat.mode is Mode.ASKING and chat.current == where


def test_offer_to_continue_after_a_long_silence(chat, clock):
    chat.consent()
    chat.answer_current()
    chat.answer_current()
    where, answers = chat.current, chat.answers()
    clock.advance(days=4)
    chat.say("hola?")
    assert chat.mode is Mode.RESUME_OFFER
    assert "continue where you stopped" in chat.text
    chat.say("1")                                   # Continue
    assert chat.mode is Mode.ASKING and chat.current == where
    assert chat.answers() == answers


def test_talk_to_a_person_is_recorded_and_the_interview_goes_on(chat):
    chat.consent()
    where = chat.current
    chat.say("I want to talk to a person", "talk_to_person")
    assert "contact_requested" in [e.kind for e in chat.store.events(chat.case.id)]
    assert chat.current == where


def test_restart_starts_a_new_case_and_keeps_the_old_one(chat):
    chat.consent()
    chat.answer_current()
    old = chat.case
    chat.say("start over", "start_over")
    assert chat.mode is Mode.CONFIRM_RESTART
    chat.say("yes", "affirm")
    new = chat.case
    assert new.id != old.id and new.consent_at is not None
    assert chat.store.current_answers(old.id)
    assert chat.answers() == {}
    assert chat.current == QUESTIONS[0].id


def test_switching_language_reasks_the_question_in_spanish(chat):
    chat.consent()
    chat.say("español", "change_language")
    assert chat.case.language == "es"
    assert "español" in chat.text
    assert chat.mode is Mode.ASKING and chat.reply.language == "es"


def test_language_menu_by_number(chat):
    chat.say("hello", "greet")
    chat.say("0")
    assert chat.mode is Mode.LANGUAGE
    chat.say("1")
    assert chat.case.language == "es" and chat.mode is Mode.CONSENT


def test_full_interview_ends_with_review_reference_and_documents(chat):
    chat.consent()
    turns = 0
    while chat.mode is Mode.ASKING and turns < 300:
        chat.answer_current()
        turns += 1
    assert chat.mode is Mode.REVIEW
    assert "check your answers" in chat.text
    fixed = False
    while chat.mode is Mode.REVIEW:
        if not fixed:
            chat.say("2")                            # "Change something"
            assert chat.mode is Mode.CHANGE_QUESTION
            chat.say("1")
            assert chat.mode is Mode.ASKING
            chat.answer_current()                    # back to the same review section
            assert chat.mode is Mode.REVIEW
            fixed = True
        chat.say("yes", "affirm")
    assert chat.mode is Mode.DONE
    assert chat.case.reference in chat.text
    assert chat.case.status == "completed"
    assert "documents" in chat.text


def test_a_free_text_answer_that_sounds_like_a_command_is_confirmed_not_lost(chat):
    chat.consent()
    while QUESTIONS_BY_ID[chat.current].type.value != "text":
        chat.answer_current()
    question = chat.current
    chat.say("She goes back home after treatment", "change_answer", 0.97)
    assert chat.mode is Mode.CONFIRM_COMMAND
    assert question not in chat.answers()
    chat.say("2")                                   # "That is my answer"
    saved = chat.answers()[question]
    assert saved.raw_text == "She goes back home after treatment"
    assert saved.value == "She goes back home after treatment"


def test_a_confirmed_command_is_carried_out(chat):
    chat.consent()
    while QUESTIONS_BY_ID[chat.current].type.value != "text":
        chat.answer_current()
    chat.say("I would like to talk with someone please", "talk_to_person", 0.93)
    assert chat.mode is Mode.CONFIRM_COMMAND
    chat.say("1")
    assert "contact_requested" in [e.kind for e in chat.store.events(chat.case.id)]
    assert chat.mode is Mode.ASKING


def test_a_long_request_that_is_not_an_answer_is_still_understood(chat):
    chat.consent()
    while QUESTIONS_BY_ID[chat.current].type.value != "date":
        chat.answer_current()
    chat.say("I made a mistake earlier and I want to change an answer", "change_answer", 0.9)
    assert chat.mode is Mode.CHANGE_SECTION


# ----- regressions found in review ------------------------------------------------

def test_no_question_is_asked_without_consent_even_after_a_long_silence(chat, clock):
    chat.say("hello", "greet")
    chat.say("0")                                   # language menu before consent
    clock.advance(hours=3)
    chat.say("hi", "greet")
    chat.say("1")
    assert chat.case.consent_at is None
    assert chat.answers() == {}
    assert chat.mode in (Mode.CONSENT, Mode.LANGUAGE)


@pytest.mark.parametrize("setup", ["asking", "resume_offer", "language_menu", "review"])
def test_delete_my_data_is_never_ignored_and_asks_first(chat, clock, setup):
    chat.consent()
    chat.answer_current()
    if setup == "resume_offer":
        clock.advance(days=2)
        chat.say("hello", "greet")
        assert chat.mode is Mode.RESUME_OFFER
    elif setup == "language_menu":
        chat.say("language", "change_language")
        assert chat.mode is Mode.LANGUAGE
    elif setup == "review":
        while chat.mode is Mode.ASKING:
            chat.say("skip", "skip")
    chat.say("delete my data", "delete_data")
    assert chat.mode is Mode.CONFIRM_DELETE
    assert "cannot be undone" in chat.text
    assert [b.payload for b in chat.reply.messages[-1].buttons] == ["/affirm", "/deny"]
    assert chat.answers()                      # nothing is gone before a yes


def test_after_yes_every_case_of_the_sender_is_erased(chat, store):
    chat.consent()
    chat.answer_current()
    chat.say("start over", "start_over")
    chat.say("yes", "affirm")                  # an earlier, archived conversation
    chat.answer_current()
    cases = store.cases_for_sender(chat.sender)
    assert len(cases) == 2
    chat.say("delete my data", "delete_data")
    chat.say("maybe later")                    # unclear: asked again, nothing erased
    assert chat.mode is Mode.CONFIRM_DELETE and len(store.cases_for_sender(chat.sender)) == 2
    chat.say("/affirm")
    assert "deleted" in chat.text
    assert store.cases_for_sender(chat.sender) == []
    for case in cases:
        with pytest.raises(CaseNotFound):
            store.get_case(case.id)
    chat.say("hello", "greet")                 # writing again starts afresh
    assert chat.mode is Mode.CONSENT and chat.answers() == {}


def test_no_keeps_everything_and_goes_back(chat):
    chat.consent()
    question = chat.answer_current()
    asked = chat.current
    chat.say("delete my data", "delete_data")
    chat.say("/deny")
    assert "nothing was deleted" in chat.text
    assert chat.mode is Mode.ASKING and chat.current == asked
    assert question.id in chat.answers()


def test_a_correction_after_the_end_asks_the_questions_it_opens(chat):
    chat.consent()
    while chat.mode is Mode.ASKING:
        question = QUESTIONS_BY_ID[chat.current]
        chat.say("first" if question.id == "request_type" else "skip",
                 None if question.id == "request_type" else "skip")
    while chat.mode is Mode.REVIEW:
        chat.say("yes", "affirm")
    assert chat.mode is Mode.DONE and "denial_date" not in chat.answers()
    chat.say("change", "change_answer")
    section = [b.payload for b in chat.reply.messages[-1].buttons].index("case") + 1
    chat.say(str(section))
    chat.say("request_type")
    chat.say("after_denial")
    assert chat.mode is Mode.ASKING
    assert QUESTIONS_BY_ID[chat.current].section == "case"
    while chat.mode is Mode.ASKING:
        chat.say("skip", "skip")
    assert chat.mode is Mode.DONE
    assert "denial_grounds" in chat.answers()


def test_an_old_button_payload_is_never_saved_as_an_answer(chat):
    chat.consent()
    while QUESTIONS_BY_ID[chat.current].type.value != "text":
        chat.answer_current()
    question = chat.current
    for payload in ("/affirm", "/inform", "/deny"):
        chat.say(payload)
        assert question not in chat.answers()
        assert chat.current == question


def test_skip_in_the_what_did_you_mean_step_is_a_skip(chat):
    chat.consent()
    while QUESTIONS_BY_ID[chat.current].type.value != "text":
        chat.answer_current()
    question = chat.current
    chat.say("I need some help with this one", "help", 0.95)
    assert chat.mode is Mode.CONFIRM_COMMAND
    chat.say("skip", "skip")
    assert chat.answers()[question].status is AnswerStatus.SKIPPED


def test_cancel_while_correcting_keeps_the_earlier_answer(chat):
    chat.consent()
    chat.say("yes", "affirm")
    chat.say("1")                                   # I am the patient
    chat.say("Carlos Perez")
    chat.say("change", "change_answer")
    chat.say("1")
    chat.say("Patient's name (as in passport)")
    chat.say("cancel")
    assert chat.answers()["patient_name"].value == "Carlos Perez"
    assert chat.mode is Mode.ASKING


def test_switching_language_at_consent_shows_the_notice_in_the_new_language(chat):
    chat.say("hello", "greet")
    chat.say("español")
    assert chat.case.language == "es"
    assert "asesoría legal" in chat.text


def test_the_language_menu_can_be_left(chat):
    chat.consent()
    where = chat.current
    chat.say("language", "change_language")
    assert "Cancel" in [b.title for b in chat.reply.messages[-1].buttons]
    chat.say("cancel")
    assert chat.mode is Mode.ASKING and chat.current == where


def test_documents_kept_for_the_lawyer_are_still_listed(chat):
    chat.consent()
    while chat.mode is Mode.ASKING:
        chat.say("I'd rather tell the lawyer", "tell_lawyer")
    while chat.mode is Mode.REVIEW:
        chat.say("yes", "affirm")
    assert "already have the main documents" not in chat.text
    assert "gathering these documents" in chat.text


def test_a_typed_answer_after_a_long_silence_is_taken(chat, clock):
    chat.consent()
    while QUESTIONS_BY_ID[chat.current].type.value != "date":
        chat.answer_current()
    question = chat.current
    clock.advance(hours=5)
    chat.say("03/12/2024")
    assert chat.answers()[question].value == "2024-03-12"


def test_choosing_pause_in_the_what_did_you_mean_step_pauses(chat):
    chat.consent()
    while QUESTIONS_BY_ID[chat.current].type.value != "text":
        chat.answer_current()
    chat.say("I have to go now, later", "pause", 0.9)
    assert chat.mode is Mode.CONFIRM_COMMAND
    chat.say("1")
    assert chat.mode is Mode.PAUSED


def finish_answering(chat):
    while chat.mode is Mode.ASKING:
        chat.answer_current()


@pytest.mark.parametrize("channel,shown", [("rest", True), ("sms", False), ("whatsapp", False)])
def test_medical_answers_are_not_echoed_by_text_message(interview, store, clock, channel, shown):
    class ChannelChat(Chat):
        def say(self, text, intent=None, confidence=0.95):
            self.clock.advance(seconds=30)
            self.reply = self.interview.handle(
                Turn(self.sender, text, intent, confidence if intent else 0.0, channel))
            return self.reply

    chat = ChannelChat(interview, store, clock)
    chat.consent()
    finish_answering(chat)
    seen = ""
    while chat.mode is Mode.REVIEW:
        seen += chat.text
        chat.say("yes", "affirm")
    assert ("Answer about diagnosis" in seen) is shown
    assert ("not shown here" in seen) is not shown
    assert "Maria Lopez" in seen                       # names can still be checked


def test_nothing_is_echoed_when_it_is_not_safe_to_message(chat):
    chat.consent()
    chat.say("no", "deny")                              # not safe to message here
    finish_answering(chat)
    seen = chat.text
    assert "Maria Lopez" not in seen and "not shown here" in seen
