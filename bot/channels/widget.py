"""The web widget's channel: Rasa's socket.io channel, made fit for the open web.

What differs from ``rasa.core.channels.socketio.SocketIOInput``:

- Only the clinic sites in ``INTAKE_WIDGET_ORIGINS`` may connect (python-engineio
  checks the ``Origin`` of every handshake and request); Rasa's own channel lets
  any site in.
- Session ids are 128-bit random hex strings, made here when the browser has none,
  and the conversation's sender id is ``web:<id>``: a browser cannot choose an id
  that names somebody else's conversation (a phone number, say).
- A browser joins its session's room (awaited: Rasa 3.6 calls python-socketio 5's
  coroutine ``enter_room`` without awaiting it, so replies after a reload were lost)
  and may only send as a session it joined.
- Oversized messages get a kind answer instead of reaching the interview; the only
  metadata passed on is a supported language code.
- ``POST /webhooks/widget/upload`` files a photo or PDF on the case as evidence, the
  same way a file sent by SMS is filed (``documents.file_document``).
"""
from __future__ import annotations

import asyncio
import logging
import re
import secrets
from typing import Any, Awaitable, Callable, Optional

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from bot import config
from bot.i18n.languages import LANGUAGES_BY_CODE
from bot.storage import CaseRecord, CaseStore, open_store
from bot.storage.messaging import CaseDocuments, open_case_documents

from . import rate_limits
from .documents import file_document
from .media import MAX_MEDIA_BYTES, kind_of
from .messages import channel_text

logger = logging.getLogger(__name__)

SESSION_ID = re.compile(r"^[0-9a-f]{32}$")
SENDER_PREFIX = "web:"
MAX_MESSAGE_CHARS = 2000
MAX_SOCKET_PAYLOAD_BYTES = 64 * 1024
CONTENT_TYPES = {"jpeg": "image/jpeg", "png": "image/png", "pdf": "application/pdf",
                 "heic": "image/heic"}


def sender_for(session_id: str) -> str:
    return SENDER_PREFIX + session_id


def valid_session_id(value: Any) -> bool:
    return isinstance(value, str) and SESSION_ID.match(value) is not None


def language_metadata(metadata: Any) -> dict[str, str]:
    """Only a language code we speak is passed on from the browser."""
    if isinstance(metadata, dict) and metadata.get("language") in LANGUAGES_BY_CODE:
        return {"language": metadata["language"]}
    return {}


class WidgetChannel(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def url_prefix(self) -> str:
        return "widget"

    @classmethod
    def from_credentials(cls, credentials: Optional[dict[str, Any]]) -> "WidgetChannel":
        return cls(config.load())

    def __init__(self, settings: config.Settings):
        super().__init__(user_message_evt="user_uttered", bot_message_evt="bot_uttered",
                         session_persistence=True, socketio_path="/socket.io")
        self.settings = settings
        if not settings.widget_origins:
            logger.warning("INTAKE_WIDGET_ORIGINS is empty: no site can open the widget.")
        self._stores: Optional[tuple[CaseStore, CaseDocuments]] = None
        self.limiter = rate_limits.RateLimiter(settings.shared_redis_url)
        self._addresses: dict[str, str] = {}     # socket id -> client address

    async def stores(self) -> tuple[CaseStore, CaseDocuments]:
        if self._stores is None:
            self._stores = await asyncio.to_thread(lambda: (
                open_store(self.settings), open_case_documents(self.settings)))
        return self._stores

    async def case_of(self, session_id: str) -> Optional[CaseRecord]:
        cases, _ = await self.stores()
        return await asyncio.to_thread(cases.active_case, sender_for(session_id))

    async def language_of(self, session_id: str) -> str:
        case = await self.case_of(session_id)
        return case.language if case else self.settings.default_language

    async def message_verdict(self, session_id: str,
                              address: Optional[str]) -> rate_limits.Verdict:
        """One message counted against its session and its network address."""
        secret = self.settings.lookup_key
        verdicts = [await self.limiter.hit(rate_limits.counter_key("web", session_id, secret),
                                           rate_limits.PER_SENDER)]
        if address:
            verdicts.append(await self.limiter.hit(
                rate_limits.counter_key("addr", address, secret), rate_limits.PER_ADDRESS))
        return rate_limits.Verdict(all(v.allowed for v in verdicts),
                                   any(v.first_refusal for v in verdicts))

    def allowed_origin(self, origin: Optional[str]) -> bool:
        return origin in self.settings.widget_origins

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]):
        # An empty list would switch python-engineio's origin check off: a callable
        # refusing everything keeps "no origins configured" meaning "nobody".
        origins = list(self.settings.widget_origins) or (lambda origin, environ=None: False)
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=origins,
                          max_http_buffer_size=MAX_SOCKET_PAYLOAD_BYTES)
        self.sio = sio
        blueprint = SocketBlueprint(sio, self.socketio_path, "widget_webhook", __name__)

        @blueprint.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect")
        async def connect(sid: str, environ: dict, auth: Any = None) -> bool:
            request = environ.get("sanic.request")
            address = (request.remote_addr or request.ip) if request is not None else ""
            if address:
                self._addresses[sid] = address
            return True

        @sio.on("disconnect")
        async def disconnect(sid: str) -> None:
            self._addresses.pop(sid, None)

        @sio.on("session_request")
        async def session_request(sid: str, data: Any) -> None:
            session_id = data.get("session_id") if isinstance(data, dict) else None
            if not valid_session_id(session_id):
                session_id = secrets.token_hex(16)
            await sio.enter_room(sid, sender_for(session_id))
            await sio.emit("session_confirm", session_id, room=sid)

        @sio.on(self.user_message_evt)
        async def handle_message(sid: str, data: Any) -> None:
            if not isinstance(data, dict) or not valid_session_id(data.get("session_id")):
                return
            sender_id = sender_for(data["session_id"])
            if sender_id not in sio.rooms(sid):
                logger.warning("A widget message for a session its socket did not join "
                               "was dropped.")
                return
            text = data.get("message")
            if not isinstance(text, str) or not text.strip():
                return
            output = SocketIOOutput(sio, self.bot_message_evt)
            verdict = await self.message_verdict(data["session_id"], self._addresses.get(sid))
            if not verdict.allowed:
                if verdict.first_refusal:
                    await output.send_text_message(sender_id, channel_text(
                        "slow_down", await self.language_of(data["session_id"])))
                return
            if len(text) > MAX_MESSAGE_CHARS:
                await output.send_text_message(sender_id, channel_text(
                    "too_long", await self.language_of(data["session_id"])))
                return
            await on_new_message(UserMessage(
                text, output, sender_id, input_channel=self.name(),
                metadata=language_metadata(data.get("metadata"))))

        @blueprint.route("/upload", methods=["POST", "OPTIONS"])
        async def upload(request: Request) -> HTTPResponse:
            origin = request.headers.get("origin")
            if origin is not None and not self.allowed_origin(origin):
                return response.json({"ok": False, "message": "This site may not send files."},
                                     status=403)
            headers = {"Access-Control-Allow-Origin": origin, "Vary": "Origin"} if origin else {}
            if request.method == "OPTIONS":
                headers.update({"Access-Control-Allow-Methods": "POST",
                                "Access-Control-Max-Age": "600"})
                return response.empty(headers=headers)
            status, key, language = await self.file_upload(request)
            return response.json({"ok": status == 200,
                                  "message": channel_text(key, language)},
                                 status=status, headers=headers)

        return blueprint

    async def file_upload(self, request: Request) -> tuple[int, str, str]:
        """Check and file an uploaded document: (HTTP status, message key, language)."""
        language = self.settings.default_language
        session_id = (request.form or {}).get("session_id")
        case = await self.case_of(session_id) if valid_session_id(session_id) else None
        if case is None or case.consent_at is None:
            return 400, "media_before_consent", case.language if case else language
        upload_key = rate_limits.counter_key("upload", session_id, self.settings.lookup_key)
        if not (await self.limiter.hit(upload_key, rate_limits.UPLOADS_PER_SENDER)).allowed:
            return 429, "slow_down", case.language
        upload = (request.files or {}).get("file")
        if upload is None or not upload.body:
            return 400, "media_rejected", case.language
        if len(upload.body) > MAX_MEDIA_BYTES:
            return 413, "media_rejected", case.language
        kind = kind_of(upload.body)
        if kind is None:
            return 415, "media_rejected", case.language
        cases, documents = await self.stores()
        await asyncio.to_thread(file_document, cases, documents, case, CONTENT_TYPES[kind],
                                upload.body)
        return 200, "media_received", case.language
