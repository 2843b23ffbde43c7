"""The Twilio channel's configuration, read from the environment with safe defaults.

Without an auth token every webhook is refused (403), so an unconfigured
deployment fails closed; without an account SID nothing can be sent.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Mapping, Optional

DEFAULT_API_BASE_URL = "https://api.twilio.com"
DEFAULT_PUBLIC_URL = "http://127.0.0.1:5005"
DEFAULT_SERVICE_NAME = "Parole intake"


@dataclass(frozen=True)
class TwilioSettings:
    account_sid: str
    auth_token: str
    sms_from: str          # our SMS number, E.164, when the inbound To is unknown
    whatsapp_from: str     # our WhatsApp sender, "whatsapp:+1..."
    public_url: str        # base URL Twilio calls (scheme://host[:port])
    api_base_url: str      # Twilio REST API base; a fake one in tests
    service_name: str      # brand name carriers require in STOP/HELP answers

    @property
    def messages_url(self) -> str:
        return (f"{self.api_base_url.rstrip('/')}/2010-04-01/Accounts/"
                f"{self.account_sid}/Messages.json")

    @property
    def status_callback_url(self) -> str:
        return f"{self.public_url.rstrip('/')}/webhooks/twilio/status"


def load_twilio_settings(environ: Optional[Mapping[str, str]] = None,
                         overrides: Optional[Mapping[str, object]] = None) -> TwilioSettings:
    """Settings from the environment; ``overrides`` (credentials.yml keys) win."""
    env = os.environ if environ is None else environ
    given = {key: str(value) for key, value in (overrides or {}).items() if value is not None}

    def value(key: str, variable: str, default: str = "") -> str:
        return (given.get(key) or env.get(variable) or default).strip()

    return TwilioSettings(
        account_sid=value("account_sid", "TWILIO_ACCOUNT_SID"),
        auth_token=value("auth_token", "TWILIO_AUTH_TOKEN"),
        sms_from=value("sms_from", "TWILIO_SMS_FROM"),
        whatsapp_from=value("whatsapp_from", "TWILIO_WHATSAPP_FROM"),
        public_url=value("public_url", "PUBLIC_URL", DEFAULT_PUBLIC_URL),
        api_base_url=value("api_base_url", "TWILIO_API_BASE_URL", DEFAULT_API_BASE_URL),
        service_name=value("service_name", "INTAKE_SMS_SERVICE_NAME", DEFAULT_SERVICE_NAME),
    )
