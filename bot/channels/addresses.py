"""Twilio addresses ("+15551234567", "whatsapp:+15551234567") and who they belong to.

SMS and WhatsApp from one phone must reach one case, so the Rasa sender id is the
phone number alone, in E.164 form; the medium ("sms" or "whatsapp") is kept apart
so the reply can go back the way the message came.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

SMS = "sms"
WHATSAPP = "whatsapp"
_WHATSAPP_PREFIX = "whatsapp:"

# Mexican mobiles reach WhatsApp as +52 1 XXXXXXXXXX but SMS as +52 XXXXXXXXXX
# (the "1" was dropped from dialling in 2019): one phone, one identity.
_MEXICO_MOBILE = re.compile(r"^\+521(\d{10})$")
_MIN_DIGITS, _MAX_DIGITS = 7, 15


class AddressError(ValueError):
    """The address is not a phone number we can answer."""


@dataclass(frozen=True)
class Address:
    """Who wrote (``number``, E.164: the identity) and how to answer them.

    ``reply_to`` is the address exactly as Twilio gave it, so a reply reaches the
    phone the way it wrote (WhatsApp Mexico keeps its +521 form).
    """

    number: str
    medium: str = SMS
    reply_to: str = ""

    @property
    def twilio(self) -> str:
        """The address for Twilio's REST API To/From fields."""
        if self.reply_to:
            return self.reply_to
        return f"{_WHATSAPP_PREFIX}{self.number}" if self.medium == WHATSAPP else self.number


def normalise_number(raw: str) -> str:
    """The E.164 form of an international number ("+1 (555) 010-0000" -> "+15550100000").

    Twilio always sends numbers in international form; anything that does not
    parse as one (an alphanumeric sender, a short code) raises ``AddressError``.
    Numbering-plan validity is not checked: test ranges (555) must work, and the
    library's length rules reject real WhatsApp numbers (+521...).
    """
    text = (raw or "").strip()
    if not text.startswith("+"):
        raise AddressError("not an international number")
    try:
        number = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException as error:
        raise AddressError("not a phone number") from error
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if not _MIN_DIGITS <= len(e164) - 1 <= _MAX_DIGITS:
        raise AddressError("not a possible phone number")
    mexican = _MEXICO_MOBILE.match(e164)
    return f"+52{mexican.group(1)}" if mexican else e164


def parse_address(raw: str) -> Address:
    """Split a Twilio ``From``/``To`` value into the E.164 number and the medium."""
    text = (raw or "").strip()
    medium = SMS
    if text.lower().startswith(_WHATSAPP_PREFIX):
        text, medium = text[len(_WHATSAPP_PREFIX):], WHATSAPP
    return Address(normalise_number(text), medium, (raw or "").strip())
