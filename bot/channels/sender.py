"""Sends messages through Twilio's REST API without blocking the event loop.

Every outgoing path goes through ``TwilioSender.send``, which refuses numbers that
opted out (the one exception is the single confirmation of the opt-out itself).
Throttling (429) and server errors (5xx) are retried with exponential backoff,
honouring ``Retry-After``; other errors are logged with Twilio's error code.
Message bodies never reach the logs.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Awaitable, Callable, Optional

import aiohttp

from .settings import TwilioSettings

logger = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER_SECONDS = 30.0
REQUEST_TIMEOUT_SECONDS = 20


class SendRefused(RuntimeError):
    """The recipient opted out; nothing was sent."""


class SendFailed(RuntimeError):
    """Twilio did not accept the message after all attempts."""


class TwilioSender:
    """POSTs to ``/2010-04-01/Accounts/{sid}/Messages.json`` with basic auth."""

    def __init__(self, settings: TwilioSettings,
                 is_opted_out: Callable[[str], Awaitable[bool]], *,
                 attempts: int = 5, backoff_seconds: float = 0.5):
        self.settings = settings
        self._is_opted_out = is_opted_out
        self.attempts = attempts
        self.backoff_seconds = backoff_seconds
        self._session: Optional[aiohttp.ClientSession] = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_SECONDS))
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def send(self, number: str, to: str, from_: str, body: str, *,
                   despite_opt_out: bool = False) -> str:
        """Send ``body`` to ``to`` (the Twilio address of E.164 ``number``); return the SID.

        Raises ``SendRefused`` for an opted-out number unless ``despite_opt_out``
        (only for the opt-out confirmation), ``SendFailed`` when Twilio refuses.
        """
        form = {"From": from_, "To": to, "Body": body,
                "StatusCallback": self.settings.status_callback_url}
        # Credentials go with each request, never to a redirect target (aiohttp would
        # re-attach session-wide auth after a cross-host redirect).
        auth = aiohttp.BasicAuth(self.settings.account_sid, self.settings.auth_token)
        delay = self.backoff_seconds
        for attempt in range(1, self.attempts + 1):
            # Checked before every attempt: a STOP may arrive while we back off.
            if not despite_opt_out and await self._is_opted_out(number):
                logger.info("Not sending to an opted-out number.")
                raise SendRefused("the recipient opted out")
            retry_after: Optional[float] = None
            try:
                async with self._client().post(self.settings.messages_url, data=form, auth=auth,
                                               allow_redirects=False) as response:
                    payload = await _json(response)
                    if response.status in (200, 201):
                        return str(payload.get("sid") or "")
                    if response.status not in RETRY_STATUSES:
                        raise SendFailed(f"Twilio answered {response.status} "
                                         f"(error code {payload.get('code')})")
                    retry_after = _retry_after(response.headers.get("Retry-After"))
                    logger.warning("Twilio answered %s (attempt %d of %d).",
                                   response.status, attempt, self.attempts)
            except (aiohttp.ClientError, asyncio.TimeoutError) as error:
                logger.warning("Twilio unreachable (%s; attempt %d of %d).",
                               type(error).__name__, attempt, self.attempts)
            if attempt < self.attempts:
                await asyncio.sleep(retry_after if retry_after is not None else delay)
                delay *= 2
        raise SendFailed(f"Twilio did not take the message after {self.attempts} attempts")


async def _json(response: aiohttp.ClientResponse) -> dict:
    try:
        payload = await response.json(content_type=None)
    except (ValueError, aiohttp.ContentTypeError):
        return {}
    return payload if isinstance(payload, dict) else {}


def _retry_after(header: Optional[str]) -> Optional[float]:
    try:
        return min(max(float(header), 0.0), MAX_RETRY_AFTER_SECONDS) if header else None
    except ValueError:
        return None
