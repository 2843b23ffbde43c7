"""Keep applicants' words and phone numbers out of every log, ours and Rasa's.

Rasa 3.6 logs each user message, its NLU parse and whole trackers at DEBUG level;
python-socketio, sanic and aiohttp log payloads and URLs at DEBUG too. Rather
than trusting each library's handlers (Rasa and rasa_sdk configure logging each in
their own order), ``install()`` replaces the process's *log record factory*, so
every record is made safe when it is created, whichever handler writes it:

- a DEBUG record from a library (any logger outside ``bot`` and ``actions``) keeps
  only its logger name: its text is withheld;
- in every record, phone numbers (``+`` and 7 to 15 digits, ``whatsapp:`` too) are
  replaced by ``phone:<8 hex>``, an HMAC with ``INTAKE_LOOKUP_KEY`` (a random
  per-process key when unset), so one number's lines can still be followed; URL
  query strings (``?q=maria lopez``) are withheld;
- an exception's message is withheld (``ValueError: [withheld]``); the
  traceback's frames stay, so a bug can still be found.

It is installed when the ``bot`` package is imported: every process that runs our
code (Rasa server with our channels, the action server, ``intake``) has it.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import secrets
import traceback
from typing import Callable, Optional

OUR_LOGGERS = ("bot", "actions", "__main__")
WITHHELD = "[withheld]"
PHONE = re.compile(r"(?:whatsapp:)?\+\d[\d ()./-]{5,18}\d")
QUERY = re.compile(r"\?[^\s\"']+")

_original_factory: Optional[Callable[..., logging.LogRecord]] = None


def _key() -> bytes:
    configured = os.environ.get("INTAKE_LOOKUP_KEY", "").strip()
    return configured.encode("utf-8") if configured else secrets.token_bytes(32)


_KEY = _key()


def phone_token(number: str) -> str:
    digits = re.sub(r"\D", "", number)
    return "phone:" + hmac.new(_KEY, digits.encode("ascii"), hashlib.sha256).hexdigest()[:8]


def redact_text(text: str) -> str:
    """Phone numbers hashed, URL query strings withheld."""
    return QUERY.sub("?" + WITHHELD, PHONE.sub(lambda match: phone_token(match.group()), text))


def ours(logger_name: str) -> bool:
    return any(logger_name == name or logger_name.startswith(name + ".")
               for name in OUR_LOGGERS)


def _exception_text(exc_info) -> str:
    """The traceback with every exception message (the chain's too) withheld."""
    exception = traceback.TracebackException(*exc_info)
    pending, seen = [exception], set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        current._str = WITHHELD          # noqa: SLF001 - the message is what we withhold
        pending.extend(link for link in (current.__cause__, current.__context__) if link)
    return redact_text("".join(exception.format()).rstrip("\n"))


def make_safe(record: logging.LogRecord) -> logging.LogRecord:
    if record.levelno < logging.INFO and not ours(record.name):
        record.msg = f"{WITHHELD} debug message of {record.name}"
    else:
        try:
            message = record.getMessage()
        except Exception:   # a malformed record: keep its format string only
            message = str(record.msg)
        record.msg = redact_text(message)
    record.args = None
    if record.exc_info and record.exc_info[0] is not None:
        record.exc_text = _exception_text(record.exc_info)
        record.exc_info = None
    return record


def install() -> None:
    """Make every log record of this process safe (idempotent)."""
    global _original_factory
    if _original_factory is not None:
        return
    _original_factory = logging.getLogRecordFactory()
    factory = _original_factory

    def safe_record(*args, **kwargs) -> logging.LogRecord:
        return make_safe(factory(*args, **kwargs))

    logging.setLogRecordFactory(safe_record)
