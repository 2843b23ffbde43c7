"""The Twilio benchmark's pure parts: phone numbers, webhook forms and signatures,
and how replies are attributed to the message that caused them."""
from __future__ import annotations

import pytest
from twilio.request_validator import RequestValidator

from bench.twilio_traffic import (WEBHOOK_PATH, TwilioLoadResult, phone_number,
                                  replies_since, signature, turn_settled, webhook_form)


def test_phone_numbers_are_distinct_per_side_round_and_sender():
    numbers = {phone_number(side, round_number, index)
               for side in (1, 2) for round_number in range(3) for index in range(50)}
    assert len(numbers) == 2 * 3 * 50
    assert all(number.startswith("+1555") and len(number) == 12 for number in numbers)


@pytest.mark.parametrize("side,round_number,index", [(10, 0, 0), (1, 10, 0), (1, 0, 100000),
                                                     (-1, 0, 0)])
def test_phone_number_refuses_what_would_not_fit(side, round_number, index):
    with pytest.raises(ValueError):
        phone_number(side, round_number, index)


def test_webhook_form_has_twilio_fields_and_a_fresh_sid_each_time():
    first = webhook_form("AC1", "+15551000001", "+15550108888", "hello")
    second = webhook_form("AC1", "+15551000001", "+15550108888", "hello")
    assert first["From"] == "+15551000001" and first["To"] == "+15550108888"
    assert first["Body"] == "hello" and first["AccountSid"] == "AC1"
    assert first["MessageSid"].startswith("SM") and first["MessageSid"] != second["MessageSid"]
    assert webhook_form("AC1", "a", "b", "c", message_sid="SMfixed")["MessageSid"] == "SMfixed"


def test_signature_validates_as_twilio_would_for_the_webhook_url():
    form = webhook_form("AC1", "+15551000001", "+15550108888", "Maria Lopez")
    signed = signature("token", "http://127.0.0.1:5005/", form)
    validator = RequestValidator("token")
    assert validator.validate("http://127.0.0.1:5005" + WEBHOOK_PATH, form, signed)
    assert not RequestValidator("other").validate("http://127.0.0.1:5005" + WEBHOOK_PATH,
                                                  form, signed)


def test_replies_since_keeps_only_arrivals_after_the_message_was_sent():
    arrivals = [1.0, 2.0, 3.5, 3.6]
    assert replies_since(arrivals, 3.0) == [3.5, 3.6]
    assert replies_since(arrivals, 2.0) == [2.0, 3.5, 3.6]
    assert replies_since(arrivals, 4.0) == []
    assert replies_since([], 0.0) == []


@pytest.mark.parametrize("replies,now,expected", [
    ([], 100.0, False),             # nothing arrived yet
    ([1.0], 1.5, False),            # still inside the quiet window
    ([1.0], 2.0, True),             # a full second of silence
    ([1.0, 1.8], 2.5, False),       # a second part restarted the window
])
def test_turn_settled_after_a_quiet_window(replies, now, expected):
    assert turn_settled(replies, now, quiet=1.0) is expected


def test_load_results_pool_rounds():
    first = TwilioLoadResult(acks=[0.01], first_replies=[0.1], last_replies=[0.2],
                             messages_out=2, wall_seconds=3.0, errors=["x"])
    first.add(TwilioLoadResult(acks=[0.02], first_replies=[0.3], last_replies=[0.3],
                               messages_out=1, wall_seconds=1.0))
    assert first.acks == [0.01, 0.02] and first.turns == 2
    assert first.last_replies == [0.2, 0.3]
    assert first.messages_out == 3 and first.wall_seconds == 4.0 and first.errors == ["x"]
