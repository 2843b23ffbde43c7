"""Rasa's REST channel, for trusted integrations and local use only.

Whoever can post to ``/webhooks/rest/webhook`` chooses the sender id, so they
could speak as any applicant (a phone number) and read their answers back. In
production every request must carry ``Authorization: Bearer <INTAKE_REST_TOKEN>``
(with no token configured, the channel refuses everything); in development it is
open, for ``make chat`` and the tests.
"""
from __future__ import annotations

import hmac
from typing import Any, Awaitable, Callable, Optional

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import response

from bot import config


def authorised(header: Optional[str], settings: config.Settings) -> bool:
    if settings.rest_token:
        expected = f"Bearer {settings.rest_token}"
        return header is not None and hmac.compare_digest(header.encode(), expected.encode())
    return not settings.production


class TrustedRestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: Optional[dict[str, Any]]) -> "TrustedRestInput":
        return cls(config.load())

    def __init__(self, settings: config.Settings):
        self.settings = settings

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]):
        webhook = super().blueprint(on_new_message)

        @webhook.middleware("request")
        async def require_token(request):
            if not authorised(request.headers.get("authorization"), self.settings):
                return response.json({"error": "The REST channel needs a valid bearer token "
                                               "(INTAKE_REST_TOKEN)."}, status=401)
            return None

        return webhook
