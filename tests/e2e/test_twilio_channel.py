"""The Twilio SMS/WhatsApp channel against the running stack, with a fake Twilio REST
API on 127.0.0.1 that records what the assistant sends.

Each test uses its own phone number. Requests are signed the way Twilio signs them
(``RequestValidator.compute_signature`` over PUBLIC_URL + path and the form).
"""
from __future__ import annotations

import random
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest
from twilio.request_validator import RequestValidator

from bot.channels.keywords import HELP, KEYWORDS, OPT_IN, OPT_OUT
from bot.channels.messages import channel_text
from bot.channels.settings import DEFAULT_SERVICE_NAME
from conftest import FAKE_TWILIO_PORT, RASA_PORT, TWILIO_TEST_ENV
from testsupport.fake_twilio import FakeTwilio



pytestmark = pytest.mark.e2e

OUR_NUMBER = TWILIO_TEST_ENV["TWILIO_SMS_FROM"]
TOKEN = TWILIO_TEST_ENV["TWILIO_AUTH_TOKEN"]
PUBLIC_URL = TWILIO_TEST_ENV["PUBLIC_URL"]
WEBHOOK_PATH = "/webhooks/twilio/webhook"
STATUS_PATH = "/webhooks/twilio/status"
QUIET_SECONDS = 2.5   # how long "nothing was sent" is watched for


@pytest.fixture(scope="module")
def fake_twilio():
    server = FakeTwilio(FAKE_TWILIO_PORT).start()
    yield server
    server.stop()


def sign(path: str, form: dict[str, str], token: str = TOKEN) -> str:
    return RequestValidator(token).compute_signature(PUBLIC_URL + path, form)


def post(path: str, form: dict[str, str], signature: str | None = "sign",
         body: bytes | None = None) -> tuple[int, str, str]:
    """(status, content type, body) of a POST to the Rasa server."""
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if signature == "sign":
        signature = sign(path, form)
    if signature is not None:
        headers["X-Twilio-Signature"] = signature
    data = body if body is not None else urllib.parse.urlencode(form).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{RASA_PORT}{path}", data=data,
                                     headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read().decode()


class Phone:
    """One applicant's phone writing to the assistant by SMS or WhatsApp."""

    def __init__(self, fake: FakeTwilio, whatsapp: bool = False):
        self.fake = fake
        self.number = "+1555" + "".join(random.choice("0123456789") for _ in range(7))
        self.whatsapp = whatsapp

    @property
    def address(self) -> str:
        return f"whatsapp:{self.number}" if self.whatsapp else self.number

    def form(self, body: str = "", **extra: str) -> dict[str, str]:
        ours = f"whatsapp:{OUR_NUMBER}" if self.whatsapp else OUR_NUMBER
        form = {"MessageSid": "SM" + uuid.uuid4().hex, "AccountSid": TWILIO_TEST_ENV[
            "TWILIO_ACCOUNT_SID"], "From": self.address, "To": ours, "Body": body,
            "NumMedia": "0"}
        form.update(extra)
        return form

    def received(self) -> list[str]:
        return self.fake.sent_to(self.address)

    def send(self, form: dict[str, str]) -> list[str]:
        """Post a signed message; return the new replies once they stop arriving."""
        before = len(self.received())
        status, content_type, body = post(WEBHOOK_PATH, form)
        assert status == 200 and content_type.startswith("text/xml") and "<Response/>" in body
        self.fake.wait_for(self.address, before + 1)
        time.sleep(0.3)
        return self.received()[before:]

    def say(self, text: str, **extra: str) -> str:
        replies = self.send(self.form(text, **extra))
        assert replies, f"no reply to {text!r}"
        return "\n".join(replies)

    def say_nothing_back(self, text: str) -> None:
        before = len(self.received())
        status, _, _ = post(WEBHOOK_PATH, self.form(text))
        assert status == 200
        time.sleep(QUIET_SECONDS)
        assert self.received()[before:] == []


@pytest.fixture
def phone(stack, fake_twilio):
    return Phone(fake_twilio)


def test_a_short_interview_by_sms_with_numbered_options(phone, store, fake_twilio):
    welcome = phone.say("hello")
    assert "1. Yes\n2. No" in welcome
    assert all(len(part) <= 1600 for part in phone.received())
    phone.say("1")                                  # consent, by number
    case = store.active_case(phone.number)
    assert case.consent_at is not None and case.channel == "sms"
    assert case.state["current"] == "safe_to_message"
    phone.say("1")                                  # "Yes", by number, to a yes/no question
    answers = store.current_answers(case.id)
    assert answers["safe_to_message"].value is True
    reply = phone.say("2")                          # the second listed choice
    answers = store.current_answers(case.id)
    assert set(answers) == {"safe_to_message", "writer_role"}
    assert reply.strip()
    sent = [m for m in fake_twilio.messages if m["To"] == phone.number]
    assert {m["From"] for m in sent} == {OUR_NUMBER}
    assert all(m["StatusCallback"] == PUBLIC_URL + STATUS_PATH for m in sent)


def test_whatsapp_and_sms_from_one_phone_reach_one_case_and_replies_go_back_the_same_way(
        stack, fake_twilio, store):
    whatsapp = Phone(fake_twilio, whatsapp=True)
    assert "1. Yes" in whatsapp.say("hello")
    sms = Phone(fake_twilio)
    sms.number = whatsapp.number
    case = store.active_case(whatsapp.number)
    assert case.channel == "whatsapp"
    sms.say("1")
    assert store.active_case(whatsapp.number).id == case.id
    assert store.active_case(whatsapp.number).consent_at is not None
    to_whatsapp = [m for m in fake_twilio.messages if m["To"] == whatsapp.address]
    assert to_whatsapp and all(m["From"] == f"whatsapp:{OUR_NUMBER}" for m in to_whatsapp)


def test_forged_missing_and_replayed_signatures_are_refused_and_nothing_is_saved(
        phone, store, fake_twilio):
    form = phone.form("hello")
    assert post(WEBHOOK_PATH, form, signature=None)[0] == 403
    assert post(WEBHOOK_PATH, form, signature="bm90IGEgc2lnbmF0dXJl")[0] == 403
    assert post(WEBHOOK_PATH, form, signature=sign(WEBHOOK_PATH, form, "wrong-token"))[0] == 403
    # A real signature of another request, replayed on this one.
    other = phone.form("something else")
    assert post(WEBHOOK_PATH, form, signature=sign(WEBHOOK_PATH, other))[0] == 403
    # Signed for another URL (the status callback).
    assert post(WEBHOOK_PATH, form, signature=sign(STATUS_PATH, form))[0] == 403
    time.sleep(QUIET_SECONDS)
    assert store.active_case(phone.number) is None
    assert phone.received() == []


def test_the_log_of_a_refused_request_holds_no_body(phone, stack_env):
    secret = "my-diagnosis-" + uuid.uuid4().hex
    assert post(WEBHOOK_PATH, phone.form(secret), signature="forged")[0] == 403
    time.sleep(0.5)
    log = (Path(stack_env["INTAKE_VAR_DIR"]) / "log" / "rasa.log").read_text(errors="replace")
    assert "signature" in log and secret not in log


def test_a_duplicate_message_sid_gets_one_answer_even_when_sent_at_once(phone, store):
    form = phone.form("hello")
    statuses: list[int] = []

    def deliver() -> None:
        statuses.append(post(WEBHOOK_PATH, form)[0])

    threads = [threading.Thread(target=deliver) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200] * 6
    phone.fake.wait_for(phone.address, 1)
    time.sleep(QUIET_SECONDS)
    assert len(phone.received()) == 1
    # A retry later (same MessageSid, same signature) is dropped too.
    consent = phone.form("1")
    phone.send(consent)
    answered = store.active_case(phone.number)
    assert post(WEBHOOK_PATH, consent)[0] == 200
    time.sleep(QUIET_SECONDS)
    assert len(phone.received()) == 2
    assert store.active_case(phone.number).state == answered.state


def test_media_only_messages_get_a_kind_answer_and_files_are_filed_after_consent(
        phone, store, settings, fake_twilio):
    from bot.storage.messaging import open_case_documents

    pdf = b"%PDF-1.4\n" + uuid.uuid4().bytes * 100
    path = f"/2010-04-01/Accounts/AC/Messages/MM{uuid.uuid4().hex}/Media/ME1"
    fake_twilio.add_media(path + "/file", "application/pdf", pdf)
    url = fake_twilio.add_media(path, "", b"", redirect_to=fake_twilio.base_url + path + "/file")
    media = {"NumMedia": "1", "MediaContentType0": "application/pdf", "MediaUrl0": url}
    assert "only after you agree" in phone.say("", **media)        # nothing kept before consent
    assert store.active_case(phone.number) is None
    phone.say("hello")
    phone.say("1")
    case = store.active_case(phone.number)
    reply = phone.say("", **media)
    assert "I saved your file" in reply
    [event] = [e for e in store.events(case.id) if e.kind == "document_received"]
    assert event.detail["question_id"] == case.state["current"]
    assert event.detail["content_type"] == "application/pdf"
    [document] = open_case_documents(settings).for_case(case.id)
    assert document.data == pdf and document.question_id == case.state["current"]
    elsewhere = {"NumMedia": "1", "MediaContentType0": "image/jpeg",
                 "MediaUrl0": "https://example.org/steal-credentials.jpg"}
    assert "could not keep" in phone.say("", **elsewhere)
    assert "could not keep" in phone.say("", NumMedia="1", MediaContentType0="video/mp4",
                                         MediaUrl0=url)
    assert "location" in phone.say("", Latitude="19.43", Longitude="-99.13")
    assert all(user == TWILIO_TEST_ENV["TWILIO_ACCOUNT_SID"] + ":" + TOKEN
               for _, user in fake_twilio.media_gets if user)


def test_stop_start_and_help_in_english(phone, store):
    phone.say("hello")
    confirmation = phone.say("STOP")
    assert "Parole intake" in confirmation and "no more messages" in confirmation
    phone.say_nothing_back("STOP")              # one confirmation only
    phone.say_nothing_back("1")                 # opted out: nothing sent, nothing processed
    assert store.active_case(phone.number).consent_at is None
    assert "PERSON" in phone.say("HELP")         # HELP is answered even when opted out
    phone.say_nothing_back("hello")
    assert "again" in phone.say("START")
    help_reply = phone.say("HELP")
    assert "Parole intake" in help_reply and "PERSON" in help_reply and "STOP" in help_reply


@pytest.mark.parametrize("code, opener", [
    ("es", "hola"), ("fr", "bonjour"), ("uk", "привіт"), ("ar", "مرحبا"),
])
def test_stop_start_and_help_in_other_languages(phone, store, code, opener):
    """Each language's own words, answered in that language, honoured like STOP."""
    def said(key: str) -> str:
        return channel_text(key, code, service=DEFAULT_SERVICE_NAME)

    words = KEYWORDS[code]
    assert "1." in phone.say(opener)
    assert phone.say(words[OPT_OUT][0].upper()) == said("opted_out")
    phone.say_nothing_back(opener)               # opted out: nothing sent
    assert phone.say(words[HELP][0]) == said("help")
    assert phone.say(words[OPT_IN][0]) == said("opted_in")
    assert phone.say(words[OPT_OUT][-1]) == said("opted_out")   # any of the words


def test_replies_survive_throttling_and_server_errors(phone, fake_twilio):
    fake_twilio.fail_next(429, 500)
    assert "1. Yes" in phone.say("hello")
    statuses = [status for _, status in fake_twilio.requests]
    assert 429 in statuses and 500 in statuses


def test_very_long_and_malformed_messages_never_crash(phone, store):
    assert "too long" in phone.say("a" * 5000)
    assert post(WEBHOOK_PATH, {"MessageSid": "SM" + uuid.uuid4().hex, "Body": "hi"})[0] == 400
    no_sid = phone.form("hi")
    del no_sid["MessageSid"]
    assert post(WEBHOOK_PATH, no_sid)[0] == 400
    assert post(WEBHOOK_PATH, {}, body=b'{"json": true}')[0] == 403
    assert post(WEBHOOK_PATH, {}, body=b"\xff\xfe%%%")[0] == 403
    assert "1. Yes" in phone.say("hello\x00 \u202e")
    assert "Sorry" in phone.say("")
    assert "1. Yes" in phone.say("hello")  # still answering


def test_a_failed_delivery_is_filed_on_the_case_without_the_body(phone, store):
    phone.say("hello")
    status_form = {"MessageSid": "SM" + uuid.uuid4().hex, "MessageStatus": "undelivered",
                   "ErrorCode": "30003", "To": phone.number, "From": OUR_NUMBER,
                   "AccountSid": TWILIO_TEST_ENV["TWILIO_ACCOUNT_SID"]}
    assert post(STATUS_PATH, status_form, signature="forged")[0] == 403
    assert post(STATUS_PATH, {**status_form, "MessageStatus": "delivered"})[0] == 204
    assert post(STATUS_PATH, status_form)[0] == 204
    events = [e for e in store.events(store.active_case(phone.number).id)
              if e.kind == "delivery_failed"]
    assert [e.detail for e in events] == [{"status": "undelivered", "error_code": "30003"}]


def test_an_oversized_form_is_refused_before_it_is_read():
    import urllib.error
    import urllib.request

    body = ("Body=" + "x" * (70 * 1024)).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{RASA_PORT}{WEBHOOK_PATH}", data=body,
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    try:
        urllib.request.urlopen(request, timeout=30)
        status = 200
    except urllib.error.HTTPError as error:
        status = error.code
    assert status == 413


def test_a_flood_from_one_number_is_slowed_down_kindly(phone):
    from bot.channels.rate_limits import PER_SENDER

    per_minute = PER_SENDER[0].count
    # Counters are per clock minute: start early in one, so the flood falls in it.
    if time.time() % 60 > 25:
        time.sleep(60 - time.time() % 60 + 0.5)
    phone.say("hola")
    for _ in range(per_minute - 1):
        phone.send(phone.form("ayuda"))
    assert phone.say("ayuda") == channel_text("slow_down", "es")   # told once
    phone.say_nothing_back("ayuda")                                 # then quiet
