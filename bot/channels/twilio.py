"""The project's own Twilio SMS/WhatsApp channel for Rasa (``POST /webhooks/twilio/webhook``).

Why not Rasa's built-in one: it checks no signature, crashes on media-only
messages, sends one SMS per button, blocks the event loop and treats SMS and
WhatsApp from one phone as strangers. Here every request is signature-checked
(403 otherwise), each ``MessageSid`` is processed once across processes and
restarts (a unique row in the database), the webhook answers an empty TwiML at
once and the turn runs in the background, in order per sender; replies go out
through the REST API (``sender.py``), shaped for SMS (numbered options, split
at sentence boundaries). STOP/START/HELP words are handled here, before NLU.

Registered in ``credentials.yml`` as ``bot.channels.twilio.TwilioChannel: {}``;
configuration comes from the environment (``settings.py``).
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Callable, Optional
from urllib.parse import parse_qs

from rasa.core.channels.channel import (CollectingOutputChannel, InputChannel, OutputChannel,
                                        UserMessage)
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import config
from bot.storage import CaseStore, open_store
from bot.storage.messaging import (CaseDocuments, MessagingStore, open_case_documents,
                                   open_messaging_store)

from . import keywords, rate_limits
from .addresses import WHATSAPP, AddressError, parse_address
from .documents import receive_documents
from .inbound import MAX_INBOUND_CHARS, Inbound, MalformedMessage, parse_inbound
from .messages import channel_text
from .rate_limits import RateLimiter
from .render import render_turn
from .segments import split_message
from .sender import SendFailed, SendRefused, TwilioSender
from .sequencing import SenderQueues
from .settings import TwilioSettings, load_twilio_settings
from .signatures import SIGNATURE_HEADER, is_valid_signature, public_url

logger = logging.getLogger(__name__)

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'
FAILED_STATUSES = frozenset({"failed", "undelivered"})
# Twilio's forms are a few kilobytes; a bigger body is refused before it is parsed
# or its signature computed, so one request cannot stall the event loop.
MAX_FORM_BYTES = 64 * 1024
DRAIN_SECONDS = 20


class TwilioChannel(InputChannel):
    """Rasa input channel for Twilio SMS and WhatsApp."""

    @classmethod
    def name(cls) -> str:
        return "twilio"

    @classmethod
    def from_credentials(cls, credentials: Optional[dict[str, Any]]) -> "TwilioChannel":
        return cls(load_twilio_settings(overrides=credentials or {}))

    def __init__(self, settings: TwilioSettings, *,
                 app_settings: Optional[config.Settings] = None):
        self.settings = settings
        self.app_settings = app_settings or config.load()
        if not settings.auth_token:
            logger.warning("TWILIO_AUTH_TOKEN is not set: every Twilio webhook is refused.")
        self._cases: Optional[CaseStore] = None
        self._messaging: Optional[MessagingStore] = None
        self._documents: Optional[CaseDocuments] = None
        self.sender = TwilioSender(settings, self._is_opted_out)
        self.limiter = RateLimiter(self.app_settings.shared_redis_url)
        self.queues = SenderQueues()
        # number -> (address to answer, our address it wrote to): the last way it wrote.
        self.routes: dict[str, tuple[str, str]] = {}
        self._tasks: set[asyncio.Task] = set()

    # -- storage (opened on first use, in a worker thread) -------------------------

    async def _stores(self) -> tuple[CaseStore, MessagingStore]:
        if self._cases is None or self._messaging is None:
            self._cases, self._messaging = await asyncio.to_thread(
                lambda: (open_store(self.app_settings), open_messaging_store(self.app_settings)))
        return self._cases, self._messaging

    async def _is_opted_out(self, number: str) -> bool:
        _, messaging = await self._stores()
        return await asyncio.to_thread(messaging.is_opted_out, number)

    async def _language_of(self, number: str) -> str:
        cases, _ = await self._stores()
        case = await asyncio.to_thread(cases.active_case, number)
        return case.language if case else self.app_settings.default_language

    # -- HTTP -------------------------------------------------------------------------

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("intake_twilio_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if len(request.body or b"") > MAX_FORM_BYTES:
                return response.text("Payload too large", status=413)
            form = self._verified_form(request)
            if form is None:
                return response.text("Forbidden", status=403)
            try:
                inbound = parse_inbound(form, self.settings.account_sid)
            except MalformedMessage as error:
                logger.warning("Twilio webhook refused: %s.", error)
                return response.text("Bad request", status=400)
            keyword = keywords.match_keyword(inbound.body)
            if keyword and keyword.kind == keywords.OPT_OUT:
                # STOP takes effect now, not after the turns queued before it.
                await self._opt_out_now(inbound, keyword)
                return _twiml()
            # The place in this sender's queue is taken before anything is awaited, so
            # turns run in the order Twilio delivered them; the claim happens in turn.
            self._remember_route(inbound)
            self._spawn(self._handle_in_order(inbound, on_new_message))
            return _twiml()

        @webhook.route("/status", methods=["POST"])
        async def status(request: Request) -> HTTPResponse:
            if len(request.body or b"") > MAX_FORM_BYTES:
                return response.text("Payload too large", status=413)
            form = self._verified_form(request)
            if form is None:
                return response.text("Forbidden", status=403)
            await self._record_status(form)
            return response.empty()

        @webhook.listener("before_server_stop")
        async def finish_turns(*_: Any) -> None:
            """Let turns already accepted finish (their messages are claimed)."""
            if self._tasks:
                await asyncio.wait(set(self._tasks), timeout=DRAIN_SECONDS)

        @webhook.listener("after_server_stop")
        async def close_sender(*_: Any) -> None:
            await self.sender.close()

        return webhook

    def _verified_form(self, request: Request) -> Optional[dict[str, list[str]]]:
        """The form when Twilio signed this very request, else None (logged, no body)."""
        form = read_form(request)
        url = public_url(self.settings.public_url, request.path, request.query_string)
        if form is not None and is_valid_signature(self.settings.auth_token, url, form,
                              request.headers.get(SIGNATURE_HEADER)):
            return form
        logger.warning("Twilio signature %s for %s from %s: request refused.",
                       "missing" if not request.headers.get(SIGNATURE_HEADER) else "invalid",
                       request.path, request.ip)
        return None

    def _spawn(self, work: Awaitable[None]) -> None:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _remember_route(self, inbound: Inbound) -> None:
        ours = inbound.to or (self.settings.whatsapp_from if inbound.medium == WHATSAPP
                              else self.settings.sms_from)
        self.routes[inbound.sender.number] = (inbound.sender.twilio, ours)

    # -- one turn ------------------------------------------------------------------------

    async def _opt_out_now(self, inbound: Inbound, keyword: keywords.KeywordMatch) -> None:
        """Store the opt-out at once; confirm once, only when this message flipped it."""
        _, messaging = await self._stores()
        if not await asyncio.to_thread(messaging.claim_message, inbound.message_sid):
            return
        if await asyncio.to_thread(messaging.opt_out, inbound.sender.number):
            self._remember_route(inbound)
            self._spawn(self.reply(inbound.sender.number,
                                   channel_text("opted_out", keyword.language,
                                                service=self.settings.service_name),
                                   despite_opt_out=True))

    async def _handle_in_order(self, inbound: Inbound,
                               on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:
        async with self.queues.turn(inbound.sender.number):
            _, messaging = await self._stores()
            if not await asyncio.to_thread(messaging.claim_message, inbound.message_sid):
                logger.info("Duplicate delivery of %s dropped.", inbound.message_sid)
                return
            try:
                await self._handle(inbound, on_new_message)
            except Exception:   # noqa: BLE001 - one broken turn must not stop the others
                logger.exception("Twilio message %s could not be handled.", inbound.message_sid)
                await self._apologise(inbound.sender.number)

    async def _apologise(self, number: str) -> None:
        """The message was claimed but not handled: ask for it again rather than go silent."""
        try:
            language = await self._language_of(number)
            await self.reply(number, channel_text("turn_failed", language))
        except Exception:   # noqa: BLE001 - nothing more can be done for this turn
            logger.exception("Could not tell the sender their message failed.")

    async def _handle(self, inbound: Inbound,
                      on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:
        number = inbound.sender.number
        _, messaging = await self._stores()
        keyword = keywords.match_keyword(inbound.body)
        opted_out = await asyncio.to_thread(messaging.is_opted_out, number)
        if keyword and keyword.kind == keywords.OPT_IN and opted_out:
            await asyncio.to_thread(messaging.opt_in, number)
            await self.reply(number, channel_text("opted_in", keyword.language,
                                                  service=self.settings.service_name))
            return
        if opted_out:
            if keyword and keyword.kind == keywords.HELP:
                # Carriers expect HELP to be answered even after STOP; nothing else is.
                await self.reply(number, channel_text("help", keyword.language,
                                                      service=self.settings.service_name),
                                 despite_opt_out=True)
            logger.info("Message %s from an opted-out number not processed.",
                        inbound.message_sid)
            return
        if not await self._within_limits(inbound):
            return
        lead = ""
        if keyword and keyword.kind == keywords.HELP:
            lead = channel_text("help", keyword.language, service=self.settings.service_name)
        notes = await self._file_documents(inbound)
        kind_answer = self._kind_answer(inbound)
        if kind_answer or (inbound.media_only and notes):
            keys = notes or [kind_answer]
            language = await self._language_of(number)
            await self.reply(number, "\n\n".join(channel_text(key, language) for key in keys))
            return
        collector = CollectingOutputChannel()
        await on_new_message(UserMessage(inbound.body, collector, number,
                                         input_channel=inbound.medium,
                                         message_id=inbound.message_sid,
                                         metadata={"medium": inbound.medium}))
        text = render_turn(collector.messages)
        if notes:
            language = await self._language_of(number)
            text = "\n\n".join([*(channel_text(key, language) for key in notes), text])
        await self.reply(number, "\n\n".join(part for part in (lead, text) if part))

    async def _within_limits(self, inbound: Inbound) -> bool:
        """False (after one kind answer per window) when this number sends too fast."""
        key = rate_limits.counter_key("sms", inbound.sender.number,
                                      self.app_settings.lookup_key)
        verdict = await self.limiter.hit(key, rate_limits.PER_SENDER)
        if verdict.allowed:
            return True
        logger.info("Message %s over its sender's rate limit: not processed.",
                    inbound.message_sid)
        if verdict.first_refusal:
            language = await self._language_of(inbound.sender.number)
            await self.reply(inbound.sender.number, channel_text("slow_down", language))
        return False

    async def _file_documents(self, inbound: Inbound) -> list[str]:
        """File the message's attachments on the case; never raises (notes say what happened)."""
        if not inbound.media:
            return []
        try:
            cases, _ = await self._stores()
            if self._documents is None:
                self._documents = await asyncio.to_thread(open_case_documents,
                                                          self.app_settings)
            return await receive_documents(inbound, cases, self._documents, self.settings)
        except Exception:   # noqa: BLE001 - a file problem must not lose the text answer
            logger.exception("Files of %s could not be filed.", inbound.message_sid)
            return ["media_rejected"]

    @staticmethod
    def _kind_answer(inbound: Inbound) -> Optional[str]:
        """The channel's own answer to a message the interview cannot read, if any."""
        if inbound.has_location and not inbound.body.strip():
            return "location_unsupported"
        if inbound.media_only:
            return "media_rejected"
        if not inbound.body.strip():
            return "unsupported_message"
        if len(inbound.body) > MAX_INBOUND_CHARS:
            return "too_long"
        return None

    async def reply(self, number: str, text: str, *, despite_opt_out: bool = False) -> None:
        """Send ``text`` (split to fit) to ``number`` the way it last wrote to us."""
        route = self.routes.get(number)
        if route is None:
            logger.warning("No known route to answer a sender; reply dropped.")
            return
        to, from_ = route
        for part in split_message(text):
            try:
                await self.sender.send(number, to, from_, part, despite_opt_out=despite_opt_out)
            except SendRefused:
                return
            except SendFailed as error:
                logger.error("Reply not sent: %s.", error)
                return

    async def _record_status(self, form: dict[str, list[str]]) -> None:
        """File a failed or undelivered message on the recipient's case (never the body)."""
        status = (form.get("MessageStatus") or form.get("SmsStatus") or [""])[0]
        if status not in FAILED_STATUSES:
            return
        error_code = (form.get("ErrorCode") or [""])[0]
        logger.warning("Twilio message %s %s (error code %s).",
                       (form.get("MessageSid") or [""])[0], status, error_code or "none")
        try:
            number = parse_address((form.get("To") or [""])[0]).number
        except AddressError:
            return
        cases, _ = await self._stores()
        case = await asyncio.to_thread(cases.active_case, number)
        if case is not None:
            await asyncio.to_thread(cases.add_event, case.id, "delivery_failed",
                                    {"status": status, "error_code": error_code or None})

    def get_output_channel(self) -> OutputChannel:
        return TwilioOutput(self)


class TwilioOutput(OutputChannel):
    """For messages Rasa pushes outside a turn (e.g. ``trigger_intent``): same shaping,
    same opt-out check, sent the way the recipient last wrote to this process."""

    def __init__(self, channel: TwilioChannel):
        self.channel = channel

    @classmethod
    def name(cls) -> str:
        return "twilio"

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        text = render_turn([message])
        if text:
            await self.channel.reply(recipient_id, text)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self.channel.reply(recipient_id, text)


def read_form(request: Request) -> Optional[dict[str, list[str]]]:
    """The urlencoded body with blank values kept (Twilio signs them; sanic's
    ``request.form`` drops them); None for anything that is not such a form."""
    content_type = (request.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if content_type != "application/x-www-form-urlencoded":
        return None
    try:
        return parse_qs(request.body.decode("utf-8"), keep_blank_values=True)
    except (UnicodeDecodeError, ValueError):
        return None


def _twiml() -> HTTPResponse:
    return response.text(EMPTY_TWIML, content_type="text/xml")
