"""Rasa's built-in Twilio channel, unchanged except for the host its replies go to.

The Twilio benchmark compares our channel with ``rasa.core.channels.twilio`` on the
same model. Rasa's channel sends replies with the twilio ``Client`` (synchronously,
on the Rasa server's event loop) to ``https://api.twilio.com``, which a benchmark
cannot reach; the twilio library has no setting for another base URL. So this
subclass overrides one hook, ``Client.get_hostname`` (the library's own place for
rewriting the host, used for regions and edges), to send to the fake Twilio
instead. Everything else - Rasa's webhook handler, its blocking
``messages.create`` calls, one client per turn - is Rasa's code as shipped.

Registered by the benchmark's own credentials file as::

    bench.twilio_baseline.RedirectedTwilioInput:
      account_sid: AC...
      auth_token: ...
      twilio_number: "+1..."
      api_base_url: http://127.0.0.1:PORT
"""
from __future__ import annotations

from typing import Any, Optional
from urllib.parse import urlparse, urlunparse

from rasa.core.channels.channel import InputChannel, OutputChannel
from rasa.core.channels.twilio import TwilioInput, TwilioOutput


def redirect_url(url: str, base_url: str) -> str:
    """``url`` with its scheme and host:port taken from ``base_url`` (path kept)."""
    base = urlparse(base_url)
    return urlunparse(urlparse(url)._replace(scheme=base.scheme, netloc=base.netloc))


class RedirectedTwilioOutput(TwilioOutput):
    """Rasa's ``TwilioOutput`` whose REST calls reach ``api_base_url``."""

    def __init__(self, account_sid: Optional[str], auth_token: Optional[str],
                 twilio_number: Optional[str], api_base_url: str) -> None:
        super().__init__(account_sid, auth_token, twilio_number)
        self.api_base_url = api_base_url

    def get_hostname(self, uri: str) -> str:
        return redirect_url(super().get_hostname(uri), self.api_base_url)


class RedirectedTwilioInput(TwilioInput):
    """Rasa's ``TwilioInput`` (same name, same ``/webhooks/twilio/webhook``) whose
    output channel is the redirected one above."""

    @classmethod
    def from_credentials(cls, credentials: Optional[dict[str, Any]]) -> InputChannel:
        if not credentials or not credentials.get("api_base_url"):
            cls.raise_missing_credentials_exception()
        channel = cls(credentials.get("account_sid"), credentials.get("auth_token"),
                      credentials.get("twilio_number"))
        channel.api_base_url = str(credentials["api_base_url"])
        return channel

    def get_output_channel(self) -> OutputChannel:
        return RedirectedTwilioOutput(self.account_sid, self.auth_token, self.twilio_number,
                                      self.api_base_url)
