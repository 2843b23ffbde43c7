from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from bot.channels.inbound import MalformedMessage, parse_inbound


SID = "SM" + "0123456789abcdef" * 2


def form(**fields: str) -> dict[str, list[str]]:
    base = {"MessageSid": SID, "AccountSid": "AC1", "From": "+15550100001", "To": "+15550109999", "Body": "hola"}
    base.update(fields)
    return {name: [value] for name, value in base.items()}


def test_a_text_message():
    inbound = parse_inbound(form())
    assert (inbound.message_sid, inbound.sender.number, inbound.to, inbound.body) == (
        SID, "+15550100001", "+15550109999", "hola")
    assert inbound.medium == "sms" and not inbound.media_only


def test_whatsapp_media_only_and_location():
    inbound = parse_inbound(form(From="whatsapp:+15550100001", Body="", NumMedia="1",
                                 MediaContentType0="image/jpeg",
                                 MediaUrl0="https://api.twilio.com/x"))
    assert inbound.medium == "whatsapp" and inbound.media_only
    assert inbound.media_types == ("image/jpeg",)
    assert parse_inbound(form(Body="", Latitude="1.5", Longitude="2.5")).has_location


def test_odd_fields_do_not_raise():
    inbound = parse_inbound(form(NumMedia="many", Body="a\x00b"))
    assert inbound.num_media == 0 and inbound.body == "ab"


@pytest.mark.parametrize("fields", [{"MessageSid": ""}, {"From": ""}, {"From": "not a number"},
                                    {"MessageSid": "S" * 65}, {"MessageSid": SID + "NumMedia0"},
                                    {"MessageSid": "SM1"}])
def test_no_sender_or_message_id_is_malformed(fields):
    with pytest.raises(MalformedMessage):
        parse_inbound(form(**fields))


def test_a_message_for_another_account_is_malformed():
    assert parse_inbound(form(), account_sid="AC1").message_sid == SID
    with pytest.raises(MalformedMessage):
        parse_inbound(form(), account_sid="AC2")


FIELD_NAMES = ["MessageSid", "SmsMessageSid", "AccountSid", "From", "To", "Body", "NumMedia",
               "MediaUrl0", "MediaContentType0", "Latitude", "Longitude"]


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(FIELD_NAMES) | st.text(max_size=12),
                       st.lists(st.text(), min_size=0, max_size=3), max_size=12),
       st.text(max_size=40))
def test_any_webhook_form_is_a_message_or_refused_never_a_crash(fields, body):
    """Hostile or random forms: parse_inbound returns a message or MalformedMessage."""
    fields.setdefault("Body", [body])
    try:
        inbound = parse_inbound(fields, "AC1")
    except MalformedMessage:
        return
    assert "\x00" not in inbound.body and inbound.num_media >= 0
    assert len(inbound.media) <= inbound.num_media


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_body_from_a_real_sender_is_taken_verbatim(body):
    inbound = parse_inbound(form(Body=body, AccountSid="AC1"), "AC1")
    assert inbound.body == body.replace("\x00", "")
