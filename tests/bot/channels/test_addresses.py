from __future__ import annotations

import pytest

from bot.channels.addresses import SMS, WHATSAPP, AddressError, normalise_number, parse_address


def test_sms_and_whatsapp_from_one_phone_have_one_number():
    sms = parse_address("+15550100001")
    whatsapp = parse_address("whatsapp:+15550100001")
    assert sms.number == whatsapp.number == "+15550100001"
    assert (sms.medium, whatsapp.medium) == (SMS, WHATSAPP)


def test_replies_go_back_to_the_address_as_twilio_gave_it():
    assert parse_address("whatsapp:+15550100001").twilio == "whatsapp:+15550100001"
    assert parse_address("+15550100001").twilio == "+15550100001"


def test_mexican_whatsapp_numbers_match_their_sms_number():
    whatsapp = parse_address("whatsapp:+5215512345678")
    assert whatsapp.number == parse_address("+525512345678").number == "+525512345678"
    assert whatsapp.twilio == "whatsapp:+5215512345678"


@pytest.mark.parametrize("raw, e164", [
    ("+1 (555) 010-0001", "+15550100001"),
    (" +34 612 34 56 78 ", "+34612345678"),
    ("+12025550123", "+12025550123"),
])
def test_numbers_are_normalised_to_e164(raw, e164):
    assert normalise_number(raw) == e164


@pytest.mark.parametrize("raw", ["", "5550100001", "+1", "hello", "whatsapp:", "+1234567890123456",
                                 "MyBrand", None])
def test_what_is_not_an_international_number_is_refused(raw):
    with pytest.raises(AddressError):
        parse_address(raw)
