"""One running stack (action server + Rasa server + trained model) shared by
every end-to-end test of the session; each test uses its own sender ids."""
from __future__ import annotations

import json
import os
import urllib.request
import uuid
from pathlib import Path

import pytest

from bot import config
from bot.cli.stack import Stack, latest_model
from bot.storage import open_store

RASA_PORT = int(os.environ.get("INTAKE_TEST_RASA_PORT", "15005"))
ACTION_PORT = int(os.environ.get("INTAKE_TEST_ACTION_PORT", "15055"))
STAFF_PORT = int(os.environ.get("INTAKE_TEST_STAFF_PORT", "18000"))
# The Twilio channel sends through a fake Twilio REST API the Twilio tests run here.
FAKE_TWILIO_PORT = int(os.environ.get("INTAKE_TEST_TWILIO_PORT", "15099"))
TWILIO_TEST_ENV = {
    "TWILIO_ACCOUNT_SID": "ACtest00000000000000000000000000",
    "TWILIO_AUTH_TOKEN": "e2e-test-auth-token",
    "TWILIO_SMS_FROM": "+15550109999",
    "TWILIO_WHATSAPP_FROM": "whatsapp:+15550109999",
    "PUBLIC_URL": f"http://127.0.0.1:{RASA_PORT}",
    "TWILIO_API_BASE_URL": f"http://127.0.0.1:{FAKE_TWILIO_PORT}",
}


@pytest.fixture(scope="session")
def stack_env(tmp_path_factory) -> dict[str, str]:
    var_dir = tmp_path_factory.mktemp("stack-var")
    return {"INTAKE_VAR_DIR": str(var_dir), "INTAKE_STAFF_SECRET_KEY": "e2e-" + "s" * 40,
            "INTAKE_DATABASE_URL": f"sqlite:///{var_dir / 'intake.sqlite3'}",
            # Every process logs at DEBUG, so the log test sees the most there is.
            "LOG_LEVEL": "DEBUG", "COLOREDLOGS_LOG_LEVEL": "DEBUG",
            **TWILIO_TEST_ENV}


@pytest.fixture(scope="session")
def stack(stack_env):
    model = Path(os.environ["INTAKE_MODEL"]) if os.environ.get("INTAKE_MODEL") else latest_model()
    assert model is not None and model.exists(), "no trained model: run the tests with `make test`"
    # The servers create the database on first use; create it (and the keys) first
    # so tests and servers share one schema and one key.
    settings = config.load(stack_env)
    open_store(settings)
    running = Stack(model=model, rasa_port=RASA_PORT, action_port=ACTION_PORT,
                    staff_port=STAFF_PORT,
                    log_dir=Path(stack_env["INTAKE_VAR_DIR"]) / "log", env=stack_env).start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser():
    """A headless chromium per browser test module (Playwright's sync API keeps an
    event loop running while it is open, which later Rasa tests cannot share)."""
    from playwright.sync_api import sync_playwright

    from testsupport.browser import CHROMIUM

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def settings(stack, stack_env):
    return config.load(stack_env)


@pytest.fixture(scope="session")
def store(settings):
    return open_store(settings)


class Applicant:
    """Talks to the assistant over the REST channel, like a widget or SMS bridge."""

    def __init__(self, url: str, sender: str):
        self.url = url
        self.sender = sender
        self.last: list[dict] = []

    def say(self, text: str) -> list[dict]:
        body = json.dumps({"sender": self.sender, "message": text}).encode()
        request = urllib.request.Request(self.url, data=body,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            self.last = json.load(response)
        return self.last

    @property
    def text(self) -> str:
        return "\n".join(message.get("text") or "" for message in self.last)

    @property
    def buttons(self) -> list[dict]:
        return [button for message in self.last for button in message.get("buttons") or []]


@pytest.fixture
def applicant(stack):
    return Applicant(stack.rest_url, f"e2e-{uuid.uuid4().hex[:12]}")


@pytest.fixture
def new_applicant(stack):
    return lambda: Applicant(stack.rest_url, f"e2e-{uuid.uuid4().hex[:12]}")
