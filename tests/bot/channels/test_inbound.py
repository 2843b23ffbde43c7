from __future__ import annotations

import pytest

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
