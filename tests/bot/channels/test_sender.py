from __future__ import annotations

import pytest

from bot.channels.sender import SendFailed, SendRefused, TwilioSender
from bot.channels.settings import load_twilio_settings

from testsupport.fake_twilio import FakeTwilio


@pytest.fixture
def fake():
    server = FakeTwilio().start()
    yield server
    server.stop()


def sender_for(fake: FakeTwilio, opted_out: set[str] = frozenset(), attempts: int = 4):
    settings = load_twilio_settings({}, {
        "account_sid": "AC123", "auth_token": "secret", "api_base_url": fake.base_url,
        "public_url": "https://intake.example.org"})

    async def is_opted_out(number: str) -> bool:
        return number in opted_out

    return TwilioSender(settings, is_opted_out, attempts=attempts, backoff_seconds=0.01)


@pytest.mark.asyncio
async def test_sends_form_fields_with_basic_auth_and_status_callback(fake):
    sender = sender_for(fake)
    sid = await sender.send("+15550100001", "+15550100001", "+15550109999", "Hello")
    await sender.close()
    assert sid.startswith("SM")
    assert fake.requests == [("/2010-04-01/Accounts/AC123/Messages.json", 201)]
    assert fake.messages == [{"From": "+15550109999", "To": "+15550100001", "Body": "Hello",
                              "StatusCallback": "https://intake.example.org/webhooks/twilio/status"}]
    assert fake.users == ["AC123:secret"]


@pytest.mark.asyncio
async def test_retries_throttling_and_server_errors(fake):
    fake.fail_next(429, 500, 503)
    sender = sender_for(fake)
    await sender.send("+15550100001", "whatsapp:+15550100001", "whatsapp:+15550109999", "Hi")
    await sender.close()
    assert [status for _, status in fake.requests] == [429, 500, 503, 201]
    assert fake.sent_to("whatsapp:+15550100001") == ["Hi"]


@pytest.mark.asyncio
async def test_gives_up_after_the_last_attempt_and_on_client_errors(fake):
    fake.fail_next(500, 500)
    sender = sender_for(fake, attempts=2)
    with pytest.raises(SendFailed):
        await sender.send("+15550100001", "+15550100001", "+15550109999", "Hi")
    fake.fail_next(400)
    with pytest.raises(SendFailed):
        await sender.send("+15550100001", "+15550100001", "+15550109999", "Hi")
    await sender.close()
    assert fake.messages == []
    assert len(fake.requests) == 3


@pytest.mark.asyncio
async def test_an_opted_out_number_gets_nothing_except_the_opt_out_confirmation(fake):
    sender = sender_for(fake, opted_out={"+15550100001"})
    with pytest.raises(SendRefused):
        await sender.send("+15550100001", "+15550100001", "+15550109999", "Next question")
    await sender.send("+15550100001", "+15550100001", "+15550109999", "You opted out",
                      despite_opt_out=True)
    await sender.close()
    assert fake.sent_to("+15550100001") == ["You opted out"]


@pytest.mark.asyncio
async def test_a_stop_that_arrives_while_backing_off_cancels_the_retry(fake):
    opted_out: set[str] = set()
    sender = sender_for(fake, opted_out)
    fake.fail_next(500)

    async def stop_meanwhile():
        opted_out.add("+15550100001")

    import asyncio

    task = asyncio.ensure_future(stop_meanwhile())
    with pytest.raises(SendRefused):
        await sender.send("+15550100001", "+15550100001", "+15550109999", "Next question")
    await task
    await sender.close()
    assert fake.messages == []


@pytest.mark.asyncio
async def test_a_redirect_is_a_failure_and_credentials_never_follow_it(fake):
    other = FakeTwilio().start()
    try:
        fake.redirect_posts_to = other.base_url
        sender = sender_for(fake, attempts=1)
        with pytest.raises(SendFailed):
            await sender.send("+15550100001", "+15550100001", "+15550109999", "Hello")
        await sender.close()
        assert other.requests == [] and other.users == []
    finally:
        other.stop()
