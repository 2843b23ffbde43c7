"""Simulated phones texting a Twilio webhook at the same time, and a fake Twilio REST
API that notes when each reply reaches it.

Each sender is one phone playing a short SMS conversation: it POSTs a signed webhook
(as Twilio does), then waits for the reply to reach the fake Twilio before it texts
again. Two latencies per message:

- **acknowledgement**: POST sent -> HTTP response read (what Twilio waits for; it
  gives up after 15 s);
- **reply**: POST sent -> the fake Twilio received the first / the last message of
  the reply for that phone (what the applicant waits for).

A reply may be several messages (long text split, or one per button), and nothing
says which is the last: the turn counts as over once the webhook has answered and
no message came for ``quiet`` seconds. The arrival times are taken by the fake as
each message arrives, so the quiet window delays the next message (like a person
reading) without adding to any figure. Then the phone pauses a random 0 to ``think``
seconds before texting again (and before its first message), so the phones do not
stay in lockstep: real messages arrive at scattered times, and phones that all text
at the same instant, turn after turn, would measure a burst pattern no service sees.
"""
from __future__ import annotations

import asyncio
import bisect
import random
import sys
import time
import uuid
from dataclasses import dataclass, field
from typing import Optional, Sequence
from urllib.parse import urlencode

import aiohttp
from twilio.request_validator import RequestValidator

from bot.config import PROJECT_ROOT

from .load import conversation

WEBHOOK_PATH = "/webhooks/twilio/webhook"
SIGNATURE_HEADER = "X-Twilio-Signature"
REQUEST_TIMEOUT_SECONDS = 60
REPLY_TIMEOUT_SECONDS = 90
POLL_SECONDS = 0.01

# What an applicant might text, in the interview's order, answering numbered
# options with a digit as people do on SMS. Answers the engine cannot read are
# re-asked, which is still a realistic turn.
SMS_SCRIPT: tuple[str, ...] = (
    "hello",
    "1",
    "1",
    "1",
    "Maria Lopez",
    "12/03/1980",
    "Honduras",
    "San Pedro Sula",
    "1",
    "skip",
    "I don't know",
    "my kidneys are failing",
)


def fake_twilio_class():
    """``tests/testsupport/fake_twilio.FakeTwilio`` (the tests' fake, reused as is)."""
    tests_dir = str(PROJECT_ROOT / "tests")
    if tests_dir not in sys.path:
        sys.path.insert(0, tests_dir)
    from testsupport.fake_twilio import FakeTwilio
    return FakeTwilio


class _StampedMessages(list):
    """The fake's message list, noting each message's arrival time by recipient.

    The fake appends under its own lock, in its request thread, as a message arrives.
    """

    def __init__(self) -> None:
        super().__init__()
        self.arrivals: dict[str, list[float]] = {}

    def append(self, message: dict[str, str]) -> None:
        self.arrivals.setdefault(message.get("To", ""), []).append(time.perf_counter())
        super().append(message)


def start_stamped_fake_twilio():
    """A started fake Twilio whose ``arrivals(address)`` gives reply arrival times."""
    fake = fake_twilio_class()()
    fake.messages = _StampedMessages()

    def arrivals(address: str) -> list[float]:
        with fake._lock:
            return list(fake.messages.arrivals.get(address, ()))

    fake.arrivals = arrivals
    return fake.start()


def phone_number(side: int, round_number: int, index: int) -> str:
    """A distinct fictional US number (+1 555 ...) per side, round and sender."""
    if not (0 <= side <= 9 and 0 <= round_number <= 9 and 0 <= index <= 99999):
        raise ValueError("side and round are one digit, index at most five")
    return f"+1555{side}{round_number}{index:05d}"


def webhook_form(account_sid: str, sender: str, to: str, body: str,
                 message_sid: Optional[str] = None) -> dict[str, str]:
    """The form fields Twilio posts for an inbound SMS."""
    return {"MessageSid": message_sid or "SM" + uuid.uuid4().hex, "SmsSid": "",
            "AccountSid": account_sid, "From": sender, "To": to, "Body": body,
            "NumMedia": "0", "NumSegments": "1"}


def signature(auth_token: str, public_url: str, form: dict[str, str]) -> str:
    """``X-Twilio-Signature`` for a POST of ``form`` to the webhook at ``public_url``."""
    return RequestValidator(auth_token).compute_signature(public_url.rstrip("/") + WEBHOOK_PATH,
                                                          form)


def replies_since(arrivals: Sequence[float], sent_at: float) -> list[float]:
    """The arrival times at or after ``sent_at`` (``arrivals`` is in arrival order)."""
    return list(arrivals[bisect.bisect_left(arrivals, sent_at):])


def turn_settled(replies: Sequence[float], now: float, quiet: float) -> bool:
    """Whether the reply is complete: at least one message, then ``quiet`` s of silence.

    Asked only once the webhook has answered (Rasa's channel sends before answering).
    """
    return bool(replies) and now - replies[-1] >= quiet


@dataclass
class TwilioLoadResult:
    """Latencies in seconds: per message sent, and what went wrong."""

    acks: list[float] = field(default_factory=list)
    first_replies: list[float] = field(default_factory=list)
    last_replies: list[float] = field(default_factory=list)
    messages_out: int = 0          # messages the fake received, all replies together
    wall_seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def turns(self) -> int:
        """Messages that got both an acknowledgement and a reply."""
        return len(self.first_replies)

    def add(self, other: "TwilioLoadResult") -> None:
        """Pool another round of the same load into this one."""
        self.acks.extend(other.acks)
        self.first_replies.extend(other.first_replies)
        self.last_replies.extend(other.last_replies)
        self.messages_out += other.messages_out
        self.wall_seconds += other.wall_seconds
        self.errors.extend(other.errors)


@dataclass(frozen=True)
class Webhook:
    """Where and how to text one assistant."""

    url: str                # the Rasa server's Twilio webhook
    public_url: str         # what the server believes its address is (signed over)
    account_sid: str
    auth_token: str
    our_number: str


async def _turn(session: aiohttp.ClientSession, webhook: Webhook, fake, phone: str,
                text: str, quiet: float, result: TwilioLoadResult) -> bool:
    form = webhook_form(webhook.account_sid, phone, webhook.our_number, text)
    headers = {"Content-Type": "application/x-www-form-urlencoded",
               SIGNATURE_HEADER: signature(webhook.auth_token, webhook.public_url, form)}
    sent_at = time.perf_counter()
    try:
        async with session.post(webhook.url, data=urlencode(form), headers=headers) as response:
            await response.read()
            acknowledged_at = time.perf_counter()
            if response.status >= 300:
                result.errors.append(f"{phone}: HTTP {response.status} for {text!r}")
                return False
    except (aiohttp.ClientError, asyncio.TimeoutError) as error:
        result.errors.append(f"{phone}: {type(error).__name__} {error} for {text!r}")
        return False
    result.acks.append(acknowledged_at - sent_at)
    while True:
        now = time.perf_counter()
        replies = replies_since(fake.arrivals(phone), sent_at)
        if turn_settled(replies, now, quiet):
            break
        if not replies and now - sent_at > REPLY_TIMEOUT_SECONDS:
            result.errors.append(f"{phone}: no reply within {REPLY_TIMEOUT_SECONDS} s "
                                 f"for {text!r}")
            return False
        await asyncio.sleep(POLL_SECONDS)
    result.first_replies.append(replies[0] - sent_at)
    result.last_replies.append(replies[-1] - sent_at)
    result.messages_out += len(replies)
    return True


async def _phone(session, webhook: Webhook, fake, phone: str, messages: Sequence[str],
                 quiet: float, think: float, result: TwilioLoadResult) -> None:
    pauses = random.Random(phone)     # the same pauses for the same phone, run after run
    for text in messages:
        await asyncio.sleep(pauses.uniform(0, think))
        if not await _turn(session, webhook, fake, phone, text, quiet, result):
            return   # the conversation is out of step; the next answers would mean nothing


async def _run(webhook: Webhook, fake, phones: Sequence[str], messages: Sequence[str],
               quiet: float, think: float) -> TwilioLoadResult:
    result = TwilioLoadResult()
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_SECONDS)
    connector = aiohttp.TCPConnector(limit=len(phones))
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        started = time.perf_counter()
        await asyncio.gather(*(_phone(session, webhook, fake, phone, messages, quiet, think,
                                      result)
                               for phone in phones))
        result.wall_seconds = time.perf_counter() - started
    return result


def run_twilio_load(webhook: Webhook, fake, phones: Sequence[str], turns: int,
                    quiet: float, think: float,
                    script: Sequence[str] = SMS_SCRIPT) -> TwilioLoadResult:
    """Every phone in ``phones`` plays ``turns`` messages of ``script`` at once."""
    return asyncio.run(_run(webhook, fake, phones, conversation(script, turns), quiet, think))

