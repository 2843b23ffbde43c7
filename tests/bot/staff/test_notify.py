"""Staff notices go out by e-mail (a local SMTP server) and SMS (the fake Twilio API),
carry only the reference and the link, and are retried after a failure."""
from __future__ import annotations

import dataclasses
import datetime as dt
from email import message_from_string
from email.policy import default

import pytest

from bot.staff.notify import send_pending
from testsupport.fake_twilio import FakeTwilio
from testsupport.smtp_sink import SmtpSink
from testsupport.staff_cases import seed_case


@pytest.fixture
def smtp():
    sink = SmtpSink().start()
    yield sink
    sink.stop()


@pytest.fixture
def twilio(monkeypatch):
    fake = FakeTwilio().start()
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "0" * 32)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "token")
    monkeypatch.setenv("TWILIO_SMS_FROM", "+15005550000")
    monkeypatch.setenv("TWILIO_API_BASE_URL", fake.base_url)
    yield fake
    fake.stop()


def test_urgent_case_and_contact_request_reach_email_and_phone(settings, services, clock,
                                                               smtp, twilio):
    configured = dataclasses.replace(settings, smtp_url=smtp.url,
                                     notify_email_to=("oncall@clinic.example",),
                                     notify_sms_to="+15005550199")
    case = seed_case(services, "+15005550300", patient="Secret Name",
                     diagnosis="Secret diagnosis", deadline=clock().date() + dt.timedelta(days=7))
    services.cases.add_event(case.id, "contact_requested")
    assert send_pending(configured, services.outbox) == 2
    mails = [message_from_string(message["data"], policy=default) for message in smtp.messages]
    assert all(message["To"] == "oncall@clinic.example" for message in mails)
    bodies = [message["Subject"] + "\n" + message.get_content() for message in mails]
    assert len(bodies) == 2 and all(case.reference in body for body in bodies)
    assert any("Urgent case" in body for body in bodies)
    assert any("talk to a person" in body for body in bodies)
    texts = twilio.wait_for("+15005550199", count=2, timeout=10)
    assert len(texts) == 2
    for sent in bodies + texts:
        assert "Secret" not in sent
        assert f"{settings.staff_url}/cases/{case.reference}" in sent
    assert send_pending(configured, services.outbox) == 0   # nobody is told twice


def test_a_failed_delivery_is_retried(settings, services, clock, twilio):
    configured = dataclasses.replace(settings, notify_sms_to="+15005550199")
    seed_case(services, "+15005550301", deadline=clock().date())
    twilio.fail_next(400)
    assert send_pending(configured, services.outbox) == 0
    assert send_pending(configured, services.outbox) == 1
    assert len(twilio.sent_to("+15005550199")) == 1


def test_nothing_is_sent_or_marked_when_notices_are_not_configured(settings, services, clock):
    seed_case(services, "+15005550302", deadline=clock().date())
    assert send_pending(settings, services.outbox) == 0
    assert len(services.outbox.pending()) == 1


def test_a_case_that_becomes_urgent_with_time_is_notified_once(settings, services, clock,
                                                               twilio):
    configured = dataclasses.replace(settings, notify_sms_to="+15005550199")
    case = seed_case(services, "+15005550303", deadline=clock().date() + dt.timedelta(days=60))
    assert send_pending(configured, services.outbox) == 0      # 60 days out: not yet urgent
    clock.advance(days=31)
    assert send_pending(configured, services.outbox) == 1
    texts = twilio.wait_for("+15005550199", count=1, timeout=10)
    assert len(texts) == 1 and case.reference in texts[0] and "Urgent case" in texts[0]
    clock.advance(days=1)
    assert send_pending(configured, services.outbox) == 0      # nobody is told twice


def test_smtp_credentials_are_never_sent_without_tls(settings, services, clock, smtp):
    configured = dataclasses.replace(settings, smtp_url=smtp.url.replace(
        "smtp://", "smtp://notices:secret@"), notify_email_to=("oncall@clinic.example",))
    seed_case(services, "+15005550305", deadline=clock().date())
    assert send_pending(configured, services.outbox) == 0
    assert smtp.messages == []
    [waiting] = services.outbox.pending()
    assert waiting.attempts == 1                                # kept for a retry
