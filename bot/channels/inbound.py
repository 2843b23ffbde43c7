"""One inbound Twilio webhook request (SMS, MMS or WhatsApp), read from its form.

Reading never raises on odd content: a missing sender or message id is a
``MalformedMessage`` (answered 400), anything else is kept for the channel to
answer kindly (an empty body, a location, media only, a huge text).
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from typing import Mapping, Sequence

from .addresses import Address, AddressError, parse_address

# WhatsApp allows 4,096 characters; anything longer is not a message we answer.
MAX_INBOUND_CHARS = 4096
# Twilio sends at most 10 files per MMS.
MAX_MEDIA_PER_MESSAGE = 10


class MalformedMessage(ValueError):
    """The request is not a message we can answer (the reason holds no body)."""


@dataclass(frozen=True)
class Inbound:
    message_sid: str
    sender: Address        # who wrote; sender.number is the Rasa sender id
    to: str                # our number it came in on, as Twilio wrote it
    body: str
    num_media: int
    media: tuple[tuple[str, str], ...]     # (MediaUrl{N}, MediaContentType{N})
    has_location: bool

    @property
    def media_types(self) -> tuple[str, ...]:
        return tuple(content_type for _, content_type in self.media)

    @property
    def medium(self) -> str:
        return self.sender.medium

    @property
    def media_only(self) -> bool:
        return self.num_media > 0 and not self.body.strip()


MESSAGE_SID = re.compile(r"(SM|MM)[0-9a-f]{32}")


def _first(form: Mapping[str, Sequence[str]], name: str) -> str:
    values = form.get(name) or []
    return values[0] if values else ""


def parse_inbound(form: Mapping[str, Sequence[str]], account_sid: str = "") -> Inbound:
    """The message in a webhook form (each name mapped to all its values).

    The MessageSid must have Twilio's exact shape and, when ``account_sid`` is given,
    the message must be for that account: Twilio signs keys and values glued together,
    so a captured body could otherwise be replayed with its SID shifted into another field.
    """
    sid = _first(form, "MessageSid") or _first(form, "SmsMessageSid")
    if not MESSAGE_SID.fullmatch(sid):
        raise MalformedMessage("no usable MessageSid")
    if account_sid and _first(form, "AccountSid") != account_sid:
        raise MalformedMessage("the message is for another account")
    try:
        sender = parse_address(_first(form, "From"))
    except AddressError as error:
        raise MalformedMessage(f"sender address: {error}") from error
    try:
        num_media = max(0, int(_first(form, "NumMedia") or 0))
    except ValueError:
        num_media = 0
    media = tuple((_first(form, f"MediaUrl{index}"), _first(form, f"MediaContentType{index}"))
                  for index in range(min(num_media, MAX_MEDIA_PER_MESSAGE)))
    return Inbound(
        message_sid=sid,
        sender=sender,
        to=_first(form, "To").strip(),
        body=_first(form, "Body").replace("\x00", ""),
        num_media=num_media,
        media=media,
        has_location=bool(_first(form, "Latitude") and _first(form, "Longitude")),
    )
