"""The Rasa action, run as the action server runs it, on saved tracker fixtures."""
from __future__ import annotations

import asyncio
import copy
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.interview as action_module
from bot import config
from bot.interview.engine import Interview
from bot.storage import open_store

FIXTURES = Path(__file__).resolve().parent / "data"


def load_tracker(name: str, **latest) -> Tracker:
    data = json.loads((FIXTURES / name).read_text())
    message = copy.deepcopy(data["latest_message"])
    message.update(latest)
    return Tracker(data["sender_id"], data["slots"], message, data["events"], data["paused"],
                   data["followup_action"], data["active_loop"], data["latest_action_name"])


@pytest.fixture
def store(tmp_path):
    return open_store(config.load({"INTAKE_VAR_DIR": str(tmp_path)}))


@pytest.fixture
def action(store, monkeypatch):
    engine = Interview(store, resume_after=dt.timedelta(hours=1))
    monkeypatch.setattr(action_module, "interview", lambda: engine)
    return action_module.ActionInterview()


def run(action, tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return dispatcher.messages, events


def test_first_message_opens_a_case_in_the_detected_language(action, store):
    messages, events = run(action, load_tracker("tracker_first_message.json"))
    assert events == [{"event": "slot", "timestamp": None, "name": "language", "value": "es"}]
    assert "asesoría legal" in messages[1]["text"] or "abogado" in messages[1]["text"]
    assert [b["payload"] for b in messages[-1]["buttons"]] == ["/affirm", "/deny"]
    case = store.active_case("+15550102030")
    assert case.language == "es" and case.channel == "rest"


def test_the_reply_to_a_button_is_read_as_the_button(action, store):
    run(action, load_tracker("tracker_first_message.json"))
    messages, _ = run(action, load_tracker("tracker_first_message.json", text="/affirm",
                                           intent={"name": "affirm", "confidence": 1.0}))
    assert store.active_case("+15550102030").consent_at is not None
    assert messages and all(m["text"] for m in messages)


def test_a_message_without_text_gets_an_answer(action):
    messages, _ = run(action, load_tracker("tracker_first_message.json", text=None, intent={}))
    assert messages


def test_the_action_server_refuses_to_start_in_production_without_keys(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
    env.update(INTAKE_ENV="production", INTAKE_VAR_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", "import actions.interview"], env=env,
                            capture_output=True, text=True, timeout=120,
                            cwd=Path(__file__).resolve().parent.parent.parent)
    assert result.returncode != 0
    assert "INTAKE_ENCRYPTION_KEYS is required" in result.stderr
    assert not (tmp_path / "dev-encryption.key").exists()
