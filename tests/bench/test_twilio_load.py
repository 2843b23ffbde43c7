"""The Twilio benchmark's set-up: arguments, our stack's environment and the
credentials file that runs Rasa's built-in channel against the fake."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bench.twilio_baseline import RedirectedTwilioInput
from bench.twilio_load import (ACCOUNT_SID, AUTH_TOKEN, OUR_NUMBER, builtin_credentials,
                               parse_arguments, twilio_environment)


def test_defaults_are_twenty_phones_of_eight_messages():
    arguments = parse_arguments([])
    assert (arguments.senders, arguments.turns, arguments.rounds) == (20, 8, 2)
    assert arguments.quiet == 1.0 and arguments.think == 2.0 and arguments.postgres is None


@pytest.mark.parametrize("argv", [["--senders", "0"], ["--rounds", "10"], ["--quiet", "0"],
                                  ["--think", "-1"]])
def test_arguments_that_cannot_work_are_refused(argv):
    with pytest.raises(SystemExit):
        parse_arguments(argv)


def test_our_stack_signs_for_its_own_port_and_sends_to_the_fake(tmp_path: Path):
    env = twilio_environment(tmp_path, 6123, "http://127.0.0.1:7000")
    assert env["PUBLIC_URL"] == "http://127.0.0.1:6123"
    assert env["TWILIO_API_BASE_URL"] == "http://127.0.0.1:7000"
    assert env["TWILIO_AUTH_TOKEN"] == AUTH_TOKEN and env["TWILIO_SMS_FROM"] == OUR_NUMBER
    assert env["INTAKE_DATABASE_URL"].startswith("sqlite:///" + str(tmp_path))
    assert twilio_environment(tmp_path, 1, "x", "postgresql://h/db")[
        "INTAKE_DATABASE_URL"] == "postgresql://h/db"


def test_builtin_credentials_load_rasas_channel_pointed_at_the_fake():
    credentials = yaml.safe_load(builtin_credentials("http://127.0.0.1:7000"))
    assert list(credentials) == ["bench.twilio_baseline.RedirectedTwilioInput"]
    settings = credentials["bench.twilio_baseline.RedirectedTwilioInput"]
    assert settings == {"account_sid": ACCOUNT_SID, "auth_token": AUTH_TOKEN,
                        "twilio_number": OUR_NUMBER, "api_base_url": "http://127.0.0.1:7000"}
    channel = RedirectedTwilioInput.from_credentials(settings)
    assert channel.name() == "twilio" and channel.twilio_number == OUR_NUMBER
