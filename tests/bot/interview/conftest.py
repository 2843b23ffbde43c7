"""The interview engine's test rig: a clock that tests move, a real (SQLite) case
store, the engine, and a chat that sends turns like Rasa would."""
from __future__ import annotations

import datetime as dt

import pytest

from bot import config
from bot.interview.engine import Interview
from bot.storage import open_store
from testsupport.engine_chat import Chat, Clock


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(tmp_path, clock):
    return open_store(config.load({"INTAKE_VAR_DIR": str(tmp_path)}), clock=clock)


@pytest.fixture
def interview(store, clock):
    return Interview(store, resume_after=dt.timedelta(hours=1), clock=clock)


@pytest.fixture
def chat(interview, store, clock):
    return Chat(interview, store, clock)
