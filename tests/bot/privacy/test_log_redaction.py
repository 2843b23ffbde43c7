"""Log records are made safe when they are created, whoever logs them."""
from __future__ import annotations

import logging

import pytest

from bot.privacy.log_redaction import WITHHELD, phone_token, redact_text


@pytest.fixture
def records():
    captured: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record):
            captured.append(record)

    handler = Keep(level=logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield captured
    root.removeHandler(handler)
    root.setLevel(old_level)


def formatted(record) -> str:
    return logging.Formatter("%(name)s %(message)s").format(record)


def test_library_debug_text_is_withheld(records):
    logging.getLogger("rasa.core.processor").debug("Received user message 'tengo leucemia'")
    logging.getLogger("socketio.server").debug("emitting %s", {"text": "María López"})
    text = " ".join(formatted(record) for record in records)
    assert "leucemia" not in text and "María" not in text
    assert f"{WITHHELD} debug message of rasa.core.processor" in text


def test_phone_numbers_are_hashed_everywhere_and_stay_followable(records):
    logging.getLogger("bot.channels.twilio").warning("Reply to %s failed", "+1 500-555-0100")
    logging.getLogger("twilio.http_client").info("To=whatsapp:+15005550100&Body=hola")
    text = " ".join(formatted(record) for record in records)
    assert "555" not in text
    assert text.count(phone_token("+15005550100")) == 2


def test_query_strings_and_exception_messages_are_withheld(records):
    logging.getLogger("waitress").info("GET /?q=maria+lopez HTTP/1.1")
    said, diagnosis = "tengo " + "leucemia", "secret " + "diagnosis"
    try:
        try:
            raise KeyError(diagnosis)
        except KeyError as inner:
            raise ValueError(f"could not read {said!r}") from inner
    except ValueError:
        logging.getLogger("bot.interview").exception("Turn failed")
    text = "\n".join(formatted(record) for record in records)
    assert "maria" not in text and "leucemia" not in text and "secret" not in text
    assert "ValueError: [withheld]" in text and "KeyError: [withheld]" in text
    assert "Traceback" in text and "test_query_strings" in text   # still debuggable


def test_dates_and_ids_are_not_mistaken_for_phone_numbers():
    assert redact_text("case PI-7K3M-Q9XD at 2026-11-28 14:00, 3 of 12") == \
        "case PI-7K3M-Q9XD at 2026-11-28 14:00, 3 of 12"
