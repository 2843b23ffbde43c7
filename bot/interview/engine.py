"""The interview: one applicant message in, the assistant's replies out.

Rasa classifies the message; everything else happens here, testable without a
Rasa server: consent first, then the first open question, answers parsed and
saved the moment they are accepted, commands (help, change, pause, person,
restart, language) at any point, a read-back per section, and the end.
Each mode of ``InterviewState`` has one handler method.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Callable, Optional, Sequence

from bot.i18n.detect import detect_language, language_mentioned, language_named
from bot.i18n.languages import LANGUAGES, supported
from bot.interview.answering import interpret
from bot.interview.flow import asked_questions, first_open_question, sections_with_answers
from bot.interview.intents import DOUBTFUL_IN_FREE_TEXT, STATUS_INTENTS, understand
from bot.interview.model import Answer, AnswerStatus, AnswerType, Question, Section
from bot.interview.questions import QUESTIONS
from bot.interview.sections import PRIVATE_SECTIONS, SECTIONS, TEXT_MESSAGE_CHANNELS
from bot.interview.state import InterviewState, Mode
from bot.nlg.display import display_value
from bot.nlg.render import AFFIRM_PAYLOAD, DENY_PAYLOAD, Button, Message, Renderer
from bot.parsing.choices import parse_choice
from bot.parsing.errors import ParseError
from bot.parsing.yes_no import parse_yes_no
from bot.storage.cases import CaseStore
from bot.storage.erasure import BY_APPLICANT
from bot.storage.records import CaseRecord

ALWAYS_HONOURED = ("delete_data", "talk_to_person")
STATUS_BY_INTENT = {
    "skip": AnswerStatus.SKIPPED,
    "dont_know": AnswerStatus.DONT_KNOW,
    "tell_lawyer": AnswerStatus.TELL_LAWYER,
}
STATUS_MESSAGE = {
    AnswerStatus.SKIPPED: "skipped",
    AnswerStatus.DONT_KNOW: "dont_know_noted",
    AnswerStatus.TELL_LAWYER: "tell_lawyer_noted",
}
REVIEW_STATUS_TEXT = {
    AnswerStatus.SKIPPED: "review_value_skipped",
    AnswerStatus.DONT_KNOW: "review_value_dont_know",
    AnswerStatus.TELL_LAWYER: "review_value_tell_lawyer",
}
LANGUAGE_MENU_WORD = "0"
ANSWER_PAYLOAD = "/inform"
CANCEL = "cancel"
REVIEW_VALUE_CHARS = 80


@dataclass(frozen=True)
class Turn:
    """One incoming message, as Rasa understood it."""

    sender_id: str
    text: str
    intent: Optional[str] = None
    confidence: float = 0.0
    channel: str = "rest"


@dataclass
class Reply:
    """What to send back, and in which language the conversation now is."""

    language: str
    messages: list[Message] = field(default_factory=list)
    erased: bool = False        # the applicant's data was erased this turn


def button_payload(text: str, payloads: Sequence[str]) -> Optional[str]:
    """The payload of button N when ``text`` is just the number N."""
    stripped = (text or "").strip().rstrip(".)")
    if stripped.isdigit() and 1 <= int(stripped) <= len(payloads):
        return payloads[int(stripped) - 1]
    return None


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Interview:
    """Runs turns of the interview against a ``CaseStore``."""

    def __init__(self, store: CaseStore, *, resume_after: dt.timedelta,
                 questions: Sequence[Question] = QUESTIONS,
                 sections: Sequence[Section] = SECTIONS,
                 clock: Callable[[], dt.datetime] = utc_now,
                 default_language: str = "en"):
        self.store = store
        self.resume_after = resume_after
        self.questions = tuple(questions)
        self.by_id = {q.id: q for q in self.questions}
        self.sections = tuple(sections)
        self.clock = clock
        self.default_language = default_language

    def handle(self, turn: Turn) -> Reply:
        """Process one message and return the replies."""
        case = self.store.active_case(turn.sender_id)
        if case is None:
            detected = detect_language(turn.text)
            case = self.store.open_case(turn.sender_id, turn.channel,
                                        detected or self.default_language)
            return _Conversation(self, case, turn).start(language_known=detected is not None)
        return _Conversation(self, case, turn).run()


class _Conversation:
    """One turn's working state: the case, its answers, the renderer, the replies."""

    def __init__(self, interview: Interview, case: CaseRecord, turn: Turn):
        self.interview = interview
        self.store = interview.store
        self.case = case
        self.turn = turn
        self.state = InterviewState.from_dict(case.state)
        self.language = case.language
        self.render = Renderer(self.language)
        self.out: list[Message] = []
        self.erased = False
        self._answers: Optional[dict[str, Answer]] = None
        # A bare number picks the button shown at that place in the last message,
        # whatever the channel: "2" on SMS means what a tap on the second button means.
        self.text = button_payload(turn.text, self.state.options) or turn.text
        self.understood = understand(self.text, turn.intent, turn.confidence, self.language)

    # ----- plumbing -------------------------------------------------------------
    @property
    def answers(self) -> dict[str, Answer]:
        if self._answers is None:
            self._answers = self.store.current_answers(self.case.id)
        return self._answers

    @property
    def intent(self) -> Optional[str]:
        return self.understood.intent

    def say(self, key: str, *, buttons: Sequence[Button] = (), **params: object) -> None:
        self.out.append(Message(self.render.say(key, **params), tuple(buttons)))

    def finish(self) -> Reply:
        if self.erased:   # nothing of the case is left to update
            return Reply(self.language, self.out, erased=True)
        last_buttons = self.out[-1].buttons if self.out else ()
        self.state.options = [button.payload for button in last_buttons]
        self.case = self.store.update_case(self.case.id, state=self.state.to_dict(),
                                           channel=self.turn.channel)
        return Reply(self.language, self.out)

    def set_language(self, code: str) -> None:
        self.language = supported(code)
        self.render = Renderer(self.language)
        self.store.update_case(self.case.id, language=self.language)
        self.store.add_event(self.case.id, "language_changed", {"language": self.language})

    def today(self) -> dt.date:
        return self.interview.clock().date()

    # ----- entry points ---------------------------------------------------------
    def start(self, *, language_known: bool) -> Reply:
        """A new case: welcome, privacy notice, consent question, in the applicant's
        language; when their first message did not tell which, the language menu first."""
        if language_known:
            self.show_consent(welcome=True)
        else:
            self.state.mode, self.state.back_to = Mode.LANGUAGE, Mode.CONSENT
            self.show_language_menu()
        return self.finish()

    def run(self) -> Reply:
        if self.should_offer_resume():
            self.offer_resume()
            return self.finish()
        if self.state.mode is not Mode.ASKING and self.intent in ALWAYS_HONOURED:
            # Wherever they are (a menu, the read-back, the end), these are never ignored.
            self.run_command(self.current_question())
            return self.finish()
        handler = {
            Mode.CONSENT: self.on_consent,
            Mode.DECLINED: self.on_declined,
            Mode.ASKING: self.on_asking,
            Mode.LANGUAGE: self.on_language,
            Mode.CONFIRM_RESTART: self.on_confirm_restart,
            Mode.CONFIRM_DELETE: self.on_confirm_delete,
            Mode.CHANGE_SECTION: self.on_change_section,
            Mode.CHANGE_QUESTION: self.on_change_question,
            Mode.PAUSED: self.on_paused,
            Mode.RESUME_OFFER: self.on_resume_offer,
            Mode.CONFIRM_COMMAND: self.on_confirm_command,
            Mode.REVIEW: self.on_review,
            Mode.DONE: self.on_done,
        }[self.state.mode]
        handler()
        return self.finish()

    def should_offer_resume(self) -> bool:
        """Back after a long silence, in the middle of the interview, with consent given.

        A reply that reads as a valid typed answer to the question on screen (a
        date, an amount...) is simply taken: they went to fetch a document.
        """
        silence = self.interview.clock() - self.case.last_activity_at
        if (self.case.consent_at is None or silence < self.interview.resume_after
                or self.state.mode not in (Mode.ASKING, Mode.REVIEW)):
            return False
        question = self.current_question()
        if self.state.mode is Mode.ASKING and question is not None and question.type not in (
                AnswerType.TEXT, AnswerType.NAME) and self.intent is None:
            try:
                interpret(question, self.text, self.language, self.today())
                return False
            except ParseError:
                return True
        return True

    # ----- consent --------------------------------------------------------------
    def show_consent(self, *, welcome: bool) -> None:
        self.state.mode = Mode.CONSENT
        if welcome:
            self.say("welcome")
        self.say("privacy_notice")
        self.say("consent_question", buttons=self.render.yes_no_buttons())

    def on_consent(self) -> None:
        text = self.text.strip()
        if text == LANGUAGE_MENU_WORD or self.intent == "change_language" or language_named(text):
            self.change_language(back_to=Mode.CONSENT)
            return
        agreed = self.yes_or_no()
        if agreed is True:
            now = self.interview.clock()
            self.case = self.store.update_case(self.case.id, consent_at=now)
            self.store.add_event(self.case.id, "consent_given")
            self.say("consent_thanks")
            self.ask_next()
        elif agreed is False:
            self.store.add_event(self.case.id, "consent_declined")
            self.state.mode = Mode.DECLINED
            self.say("consent_declined")
        elif self.intent == "help":
            self.say("consent_help")
            self.say("consent_question", buttons=self.render.yes_no_buttons())
        else:
            self.say("consent_reask", buttons=self.render.yes_no_buttons())

    def on_declined(self) -> None:
        self.show_consent(welcome=True)

    def yes_or_no(self) -> Optional[bool]:
        """True/False when the message says yes or no, else None.

        The language's own words come first: the one NLU model learnt "k" as yes from
        English texters, but in Vietnamese "k" is "không", no.
        """
        try:
            return parse_yes_no(self.text, self.language)
        except ParseError:
            pass
        if self.intent == "affirm":
            return True
        if self.intent == "deny":
            return False
        return None

    # ----- asking ---------------------------------------------------------------
    def ask_next(self, *, lead: str = "") -> None:
        """Ask the first open question, or start the read-back when none is left."""
        if self.case.consent_at is None:
            self.show_consent(welcome=False)
            return
        question = first_open_question(self.interview.questions, self.answers)
        if question is None:
            self.start_review()
            return
        self.ask(question, lead=lead)

    def ask(self, question: Question, *, lead: str = "") -> None:
        self.state.mode = Mode.ASKING
        self.state.current = question.id
        self.out.append(self.render.question(question, lead=lead))

    def current_question(self) -> Optional[Question]:
        return self.interview.by_id.get(self.state.current or "")

    def on_asking(self) -> None:
        question = self.current_question()
        if question is None:
            self.ask_next()
            return
        if self.correcting() and self.wants_to_keep(question):
            self.keep_answer()
            return
        free_text = question.type in (AnswerType.TEXT, AnswerType.NAME)
        if free_text and not self.understood.is_clear_command():
            if self.intent in DOUBTFUL_IN_FREE_TEXT:
                self.confirm_command()
            else:
                self.try_answer(question, quiet=False)
            return
        if self.intent in STATUS_INTENTS:
            self.record(question, STATUS_BY_INTENT[self.intent], None)
            return
        if self.understood.from_button and not (
                question.type is AnswerType.YES_NO and self.intent in ("affirm", "deny")):
            # An old button tapped again: never store "/affirm" as an answer.
            if not self.run_command(question):
                self.ask(question)
            return
        if not free_text and self.try_answer(question, quiet=True):
            return
        if self.intent is None and self.understood.likely:
            # Not an answer, and the model is sure it is a request: honour it.
            self.understood = replace(self.understood, intent=self.understood.likely)
            if self.intent in STATUS_INTENTS:
                self.record(question, STATUS_BY_INTENT[self.intent], None)
                return
        if self.run_command(question):
            return
        self.try_answer(question, quiet=False)

    def correcting(self) -> bool:
        """True while the applicant is giving a new answer picked from the change menu."""
        return self.state.back_to is not None

    def wants_to_keep(self, question: Question) -> bool:
        """'cancel' (or 'no' where no is not an answer) while correcting keeps the old answer."""
        words = {CANCEL, self.render.say("cancel").casefold()}
        if self.text.strip().casefold() in words or self.text.strip() == "/" + CANCEL:
            return True
        return self.intent == "deny" and question.type is not AnswerType.YES_NO

    def keep_answer(self) -> None:
        back, self.state.back_to = self.state.back_to, None
        self.say("change_cancelled")
        self.return_to(back)

    def return_to(self, mode: Optional[Mode]) -> None:
        """Go back to where a correction started: the read-back, the end, or the next question."""
        if mode is Mode.REVIEW:
            self.show_review_section()
        elif mode is Mode.DONE:
            self.finish_interview()
        else:
            self.ask_next()

    def try_answer(self, question: Question, *, quiet: bool) -> bool:
        """Parse and save an answer; on failure re-ask kindly unless ``quiet``."""
        if question.type is AnswerType.YES_NO and self.intent in ("affirm", "deny"):
            value = self.intent == "affirm"
        else:
            try:
                value = interpret(question, self.text, self.language, self.today())
            except ParseError as error:
                if not quiet:
                    self.reask(question, error)
                return False
        self.record(question, AnswerStatus.ANSWERED, value)
        return True

    def record(self, question: Question, status: AnswerStatus, value: object) -> None:
        """Save the answer now, then move on (or back to where a correction began)."""
        answer = Answer(question.id, status, value, self.turn.text, self.language)
        self.store.save_answer(self.case.id, answer, self.turn.channel)
        changed = question.id in self.answers
        self.answers[question.id] = answer
        corrected_from = self.state.back_to
        if corrected_from is None:
            self.ask_next(lead=self.render.say(STATUS_MESSAGE[status])
                          if status in STATUS_MESSAGE else "")
            return
        lead = self.render.say("saved_correction") if changed else ""
        following = first_open_question(self.interview.questions, self.answers)
        if following is not None and corrected_from in (Mode.REVIEW, Mode.DONE):
            # The new answer opened questions that now apply: ask them first.
            self.ask(following, lead=lead)
            return
        self.state.back_to = None
        if lead:
            self.say("saved_correction")
        self.return_to(corrected_from)

    def reask(self, question: Question, error: ParseError) -> None:
        key = f"error_{error.code}"
        params = {k: v for k, v in error.details.items() if k in ("min", "max", "item")}
        try:
            problem = self.render.say(key, **params)
        except (KeyError, IndexError):
            problem = self.render.say("error_generic")
        lines = [problem]
        if question.example:
            lines.append(self.render.say("example_prefix",
                                         example=self.render.translate(question.example)))
        elif question.type in (AnswerType.CHOICE, AnswerType.MULTI_CHOICE, AnswerType.YES_NO):
            lines.append(self.render.translate(question.prompt))
        self.out.append(Message("\n".join(lines), self.render.buttons_for(question)))

    def confirm_command(self) -> None:
        """Ask whether a reply that sounds like a command was meant as the answer."""
        self.state.mode = Mode.CONFIRM_COMMAND
        self.state.pending_text = self.turn.text
        self.state.pending_intent = self.intent
        self.say("confirm_command", buttons=(
            Button(self.render.say(f"command_{self.intent}"), f"/{self.intent}"),
            Button(self.render.say("command_is_answer"), ANSWER_PAYLOAD)))

    def on_confirm_command(self) -> None:
        pending, intent = self.state.pending_text or "", self.state.pending_intent
        self.state.mode, self.state.pending_text, self.state.pending_intent = Mode.ASKING, None, None
        question = self.current_question()
        if question is None:
            self.ask_next()
        elif self.text.strip() == ANSWER_PAYLOAD or self.intent == "deny":
            self.turn = Turn(self.turn.sender_id, pending, None, 0.0, self.turn.channel)
            self.text = pending
            self.try_answer(question, quiet=False)
        elif self.intent in STATUS_INTENTS:
            self.record(question, STATUS_BY_INTENT[self.intent], None)
        elif self.intent == "affirm" and intent in STATUS_INTENTS:
            self.record(question, STATUS_BY_INTENT[intent], None)
        elif self.intent == "affirm":
            self.understood = replace(self.understood, intent=intent)
            self.run_command(question)
        elif self.run_command(question):
            pass
        elif self.understood.from_button:
            self.ask(question)
        else:
            self.try_answer(question, quiet=False)

    # ----- commands, available while asking and in most menus -----------------
    def run_command(self, question: Optional[Question]) -> bool:
        """Carry out a command; return False when the message is not one."""
        intent = self.intent
        if intent == "help":
            self.show_help(question)
        elif intent in ("pause", "goodbye"):
            self.pause()
        elif intent == "talk_to_person":
            self.store.add_event(self.case.id, "contact_requested")
            self.say("contact_requested")
            self.reprompt()
        elif intent == "delete_data":
            if self.state.mode is not Mode.CONFIRM_DELETE:
                self.state.back_to = self.state.mode
            self.state.mode = Mode.CONFIRM_DELETE
            self.ask_delete_confirmation()
        elif intent == "start_over":
            self.state.back_to = self.state.mode
            self.state.mode = Mode.CONFIRM_RESTART
            self.say("restart_confirm", buttons=self.render.yes_no_buttons())
        elif intent == "change_answer":
            self.start_change(back_to=self.state.mode)
        elif intent == "change_language" or language_named(self.text):
            self.change_language(back_to=self.state.mode)
        elif intent in ("greet", "resume"):
            self.reprompt(lead=self.render.say("greeting_again"))
        elif intent == "thanks":
            self.reprompt(lead=self.render.say("you_are_welcome"))
        else:
            return False
        return True

    def show_help(self, question: Optional[Question]) -> None:
        if question is not None and self.state.mode is Mode.ASKING:
            self.say("help_question", help=self.render.translate(question.help))
            self.say("skip_hint")
        self.say("help_commands")
        self.reprompt()

    def reprompt(self, *, lead: str = "") -> None:
        """Show again whatever the applicant was asked last, in the current language."""
        mode = self.state.mode
        if mode is Mode.ASKING and self.current_question() is not None:
            self.ask(self.current_question(), lead=lead)
            return
        if lead:
            self.out.append(Message(lead))
        if mode in (Mode.CONSENT, Mode.DECLINED):
            self.show_consent(welcome=False)
        elif mode is Mode.REVIEW:
            self.show_review_section()
        elif mode is Mode.DONE:
            self.say("already_done", reference=self.case.reference)
        elif mode is Mode.LANGUAGE:
            self.show_language_menu()
        elif mode is Mode.CHANGE_SECTION:
            self.show_section_menu()
        elif mode is Mode.CHANGE_QUESTION:
            self.offer_questions(self.state.change_section or "")
        elif mode is Mode.CONFIRM_RESTART:
            self.say("restart_confirm", buttons=self.render.yes_no_buttons())
        elif mode is Mode.CONFIRM_DELETE:
            self.ask_delete_confirmation()
        elif mode is Mode.RESUME_OFFER:
            self.offer_resume()
        elif mode is Mode.PAUSED:
            self.say("paused")
        else:
            self.ask_next()

    def pause(self) -> None:
        self.store.add_event(self.case.id, "paused")
        self.state.back_to = self.state.mode if self.state.mode is not Mode.PAUSED else None
        self.state.mode = Mode.PAUSED
        self.say("paused")

    def on_paused(self) -> None:
        self.store.add_event(self.case.id, "resumed")
        self.state.mode = self.state.back_to or Mode.ASKING
        self.state.back_to = None
        if self.intent in ("start_over", "change_answer", "change_language", "talk_to_person",
                           "delete_data", "help"):
            self.run_command(self.current_question())
            return
        self.reprompt(lead=self.render.say("welcome_back"))

    # ----- coming back after days ----------------------------------------------
    def offer_resume(self) -> None:
        if self.state.mode is not Mode.RESUME_OFFER:
            self.state.back_to = self.state.mode
        self.state.mode = Mode.RESUME_OFFER
        self.say("resume_offer", buttons=(
            Button(self.render.say("resume_continue"), AFFIRM_PAYLOAD),
            Button(self.render.say("resume_start_over"), "/start_over")))

    def on_resume_offer(self) -> None:
        choice = self.menu_choice({"continue": ["resume_continue"],
                                   "start_over": ["resume_start_over"]})
        back = self.state.back_to or Mode.ASKING
        if self.intent in ("affirm", "resume") or choice == "continue":
            self.store.add_event(self.case.id, "resumed")
            self.state.mode, self.state.back_to = back, None
            self.reprompt()
        elif self.intent == "start_over" or choice == "start_over":
            self.state.mode, self.state.back_to = Mode.CONFIRM_RESTART, back
            self.say("restart_confirm", buttons=self.render.yes_no_buttons())
        elif self.intent == "change_language" or language_named(self.text):
            self.state.mode = back
            self.change_language(back_to=back)
        elif self.intent in ("deny", "pause", "goodbye"):
            self.state.mode, self.state.back_to = back, None
            self.pause()
        else:
            self.offer_resume()

    def menu_choice(self, labels: dict[str, list[str]]) -> Optional[str]:
        """Read a reply to a menu whose options carry message-key labels."""
        options = [(key, [self.render.say(k) for k in keys]) for key, keys in labels.items()]
        try:
            return parse_choice(self.text, self.language, options)
        except ParseError:
            return None

    # ----- restart --------------------------------------------------------------
    def on_confirm_restart(self) -> None:
        agreed = self.yes_or_no()
        back = self.state.back_to or Mode.ASKING
        if agreed is True:
            self.store.add_event(self.case.id, "restarted")
            if self.case.completed_at is None:
                # A finished case stays as it is: its reference was given to the applicant.
                self.store.update_case(self.case.id, status="archived",
                                       state=InterviewState(mode=Mode.DONE).to_dict())
            new_case = self.store.open_case(self.turn.sender_id, self.turn.channel, self.language)
            if self.case.consent_at is not None:
                new_case = self.store.update_case(new_case.id, consent_at=self.case.consent_at)
                self.store.add_event(new_case.id, "consent_given", {"carried_over": True})
            self.case, self._answers = new_case, {}
            self.state = InterviewState(mode=Mode.ASKING)
            self.say("restart_done")
            self.ask_next()
        else:
            self.state.mode, self.state.back_to = back, None
            self.reprompt(lead=self.render.say("restart_cancelled"))

    # ----- deleting their data ---------------------------------------------------
    def ask_delete_confirmation(self) -> None:
        self.say("delete_confirm", buttons=(
            Button(self.render.say("delete_yes"), AFFIRM_PAYLOAD),
            Button(self.render.say("delete_no"), DENY_PAYLOAD)))

    def on_confirm_delete(self) -> None:
        """Only a clear yes erases; a clear no goes back; anything else asks again."""
        agreed = self.yes_or_no()
        if agreed is None:
            self.say("error_yes_no_unknown")
            self.ask_delete_confirmation()
            return
        if agreed is False:
            self.state.mode, self.state.back_to = self.state.back_to or Mode.ASKING, None
            self.reprompt(lead=self.render.say("delete_cancelled"))
            return
        # Every conversation this sender had (an earlier one they restarted too).
        for case in self.store.cases_for_sender(self.turn.sender_id):
            self.store.erase_case(case.id, erased_by=BY_APPLICANT, reason="applicant_request")
        self.erased = True
        self.say("delete_done")

    # ----- language ---------------------------------------------------------------
    def change_language(self, *, back_to: Mode) -> None:
        named = language_named(self.text) or (
            self.intent == "change_language" and language_mentioned(self.text))
        if named:
            self.state.mode = back_to
            self.switch_to(named)
            return
        self.state.back_to = back_to
        self.state.mode = Mode.LANGUAGE
        self.show_language_menu()

    def show_language_menu(self) -> None:
        buttons = [Button(language.native_name, language.code) for language in LANGUAGES]
        buttons.append(Button(self.render.say("cancel"), CANCEL))
        self.say("language_menu", buttons=buttons)

    def on_language(self) -> None:
        options = [(language.code, [language.native_name, language.code]) for language in LANGUAGES]
        options.append((CANCEL, [self.render.say("cancel")]))
        try:
            code = parse_choice(self.text, self.language, options)
        except ParseError:
            code = language_named(self.text)
        back = self.state.back_to or Mode.ASKING
        if code == CANCEL or self.intent == "deny":
            self.state.mode, self.state.back_to = back, None
            self.reprompt(lead=self.render.say("change_cancelled"))
        elif code is not None:
            self.state.mode, self.state.back_to = back, None
            self.switch_to(code)
        elif self.intent in ("pause", "help", "start_over", "change_answer"):
            self.state.mode, self.state.back_to = back, None
            self.run_command(self.current_question())
        else:
            self.show_language_menu()

    def switch_to(self, code: str) -> None:
        self.set_language(code)
        if self.state.mode is Mode.CONSENT and self.case.consent_at is None:
            self.show_consent(welcome=True)   # they have not read the welcome in this language
            return
        self.say("language_changed")
        self.reprompt()

    # ----- corrections ----------------------------------------------------------
    def start_change(self, *, back_to: Mode) -> None:
        sections = sections_with_answers(self.interview.sections, self.interview.questions,
                                         self.answers)
        if not sections:
            self.say("change_nothing_yet")
            self.reprompt()
            return
        self.state.back_to = back_to
        self.state.mode = Mode.CHANGE_SECTION
        self.show_section_menu()

    def show_section_menu(self) -> None:
        buttons = [Button(self.render.translate(s.title), s.key) for s in self.review_sections()]
        buttons.append(Button(self.render.say("cancel"), CANCEL))
        self.say("change_pick_section", buttons=buttons)

    def on_change_section(self) -> None:
        options = [(s.key, [self.render.translate(s.title)]) for s in self.review_sections()]
        picked = self.pick(options)
        if picked is None:
            return
        self.offer_questions(picked)

    def offer_questions(self, section_key: str) -> None:
        questions = asked_questions(self.interview.questions, section_key, self.answers)
        self.state.mode = Mode.CHANGE_QUESTION
        self.state.change_section = section_key
        buttons = [Button(self.render.translate(q.label), q.id) for q in questions]
        buttons.append(Button(self.render.say("cancel"), CANCEL))
        self.say("change_pick_question", buttons=buttons)

    def on_change_question(self) -> None:
        questions = asked_questions(self.interview.questions, self.state.change_section or "",
                                    self.answers)
        options = [(q.id, [self.render.translate(q.label)]) for q in questions]
        picked = self.pick(options)
        if picked is None:
            return
        back = self.state.back_to
        self.ask(self.interview.by_id[picked])
        self.state.back_to = back  # where to return once the new answer is saved

    def pick(self, options: list[tuple[str, list[str]]]) -> Optional[str]:
        """Read a menu reply; handle cancel and unreadable replies. None: handled."""
        options = options + [(CANCEL, [self.render.say("cancel")])]
        try:
            picked = parse_choice(self.text, self.language, options)
        except ParseError:
            picked = None
        if picked == CANCEL or self.intent in ("deny", "skip"):
            self.state.mode, self.state.back_to = self.state.back_to or Mode.ASKING, None
            self.reprompt(lead=self.render.say("change_cancelled"))
            return None
        if picked is None and self.intent in ("pause", "help", "start_over", "change_language"):
            self.state.mode, self.state.back_to = self.state.back_to or Mode.ASKING, None
            self.run_command(self.current_question())
            return None
        if picked is None:
            self.say("error_choice_unknown", buttons=[
                Button(label[0], key) for key, label in options])
            return None
        return picked

    # ----- read-back and end ----------------------------------------------------
    def review_sections(self) -> list[Section]:
        return sections_with_answers(self.interview.sections, self.interview.questions,
                                     self.answers)

    def start_review(self) -> None:
        self.state.mode = Mode.REVIEW
        self.state.review_index = 0
        if not self.review_sections():
            self.finish_interview()
            return
        self.say("review_intro")
        self.show_review_section()

    def show_review_section(self) -> None:
        sections = self.review_sections()
        if self.state.review_index >= len(sections):
            self.finish_interview()
            return
        self.state.mode = Mode.REVIEW
        section = sections[self.state.review_index]
        # Bullets, not numbers: the buttons below are the numbered choices.
        lines = [f"- {self.render.translate(q.label)}: {self.review_value(q)}"
                 for q in asked_questions(self.interview.questions, section.key, self.answers)]
        self.say("review_section", title=self.render.translate(section.title),
                 lines="\n".join(lines))
        self.say("review_is_right", buttons=(
            Button(self.render.say("yes"), AFFIRM_PAYLOAD),
            Button(self.render.say("review_fix"), "/change_answer")))

    def review_value(self, question: Question) -> str:
        answer = self.answers[question.id]
        if answer.status is not AnswerStatus.ANSWERED:
            return self.render.say(REVIEW_STATUS_TEXT[answer.status])
        if self.keep_off_this_channel(question):
            return self.render.say("review_value_private")
        text = display_value(question, answer.value, self.language) or "-"
        return text if len(text) <= REVIEW_VALUE_CHARS else text[:REVIEW_VALUE_CHARS - 1] + "…"

    def keep_off_this_channel(self, question: Question) -> bool:
        """Sensitive answers are not echoed by SMS/WhatsApp, nor anywhere it is unsafe."""
        safe = self.answers.get("safe_to_message")
        unsafe = safe is not None and safe.status is AnswerStatus.ANSWERED and safe.value is False
        return unsafe or (self.turn.channel in TEXT_MESSAGE_CHANNELS
                          and question.section in PRIVATE_SECTIONS)

    def on_review(self) -> None:
        if self.intent == "affirm" or self.yes_or_no() is True:
            self.state.review_index += 1
            self.show_review_section()
            return
        if self.intent in ("change_answer", "deny") or self.yes_or_no() is False:
            section = self.review_sections()[self.state.review_index]
            self.state.back_to = Mode.REVIEW
            self.offer_questions(section.key)
            return
        if self.run_command(None):
            return
        self.show_review_section()

    def finish_interview(self) -> None:
        from bot.interview.documents import documents_to_gather

        self.state.mode = Mode.DONE
        if self.case.completed_at is None:
            now = self.interview.clock()
            self.case = self.store.update_case(self.case.id, status="completed", completed_at=now)
            self.store.add_event(self.case.id, "completed")
        self.say("done", reference=self.case.reference)
        documents = documents_to_gather(self.interview.questions, self.answers)
        if documents:
            bullet_list = "\n".join(f"- {self.render.translate(item.label)}" for item in documents)
            self.out.append(Message(self.render.say("documents_intro") + "\n" + bullet_list))
        else:
            self.say("documents_none")
        self.say("done_next")

    def on_done(self) -> None:
        if self.intent == "change_answer":
            self.start_change(back_to=Mode.DONE)
            return
        if self.run_command(None):
            return
        self.say("already_done", reference=self.case.reference)
