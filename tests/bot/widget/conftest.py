"""The staff app that serves the widget's files, on a fresh SQLite database."""
from __future__ import annotations

import pytest

from bot.config import load
from bot.staff.app import create_app
from bot.storage import close_engines


@pytest.fixture
def client(tmp_path):
    settings = load({"INTAKE_VAR_DIR": str(tmp_path),
                     "INTAKE_DATABASE_URL": f"sqlite:///{tmp_path / 'widget.sqlite3'}",
                     "INTAKE_WIDGET_SERVER_URL": "https://assistant.clinic.example"})
    yield create_app(settings).test_client()
    close_engines()
