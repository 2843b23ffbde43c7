"""The trained model, loaded once for the tests that ask it directly."""
from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from bot.cli.stack import latest_model


@pytest.fixture(scope="session")
def model_path() -> Path:
    model = Path(os.environ["INTAKE_MODEL"]) if os.environ.get("INTAKE_MODEL") else latest_model()
    assert model is not None and model.exists(), "no trained model: run the tests with `make test`"
    return model


@pytest.fixture(scope="session")
def agent(model_path):
    from rasa.core.agent import Agent

    return Agent.load(str(model_path))


@pytest.fixture(scope="session")
def parse(agent):
    loop = asyncio.new_event_loop()
    yield lambda text: loop.run_until_complete(agent.parse_message(text))
    loop.close()
