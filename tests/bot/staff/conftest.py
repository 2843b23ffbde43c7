"""A staff app on a fresh SQLite database, a movable clock, and three accounts."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.config import load
from bot.staff.app import create_app
from bot.staff.services import open_services
from bot.storage import close_engines
from testsupport.staff_cases import create_account


class MovableClock:
    def __init__(self, start=dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.timezone.utc)):
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


@pytest.fixture
def settings(tmp_path):
    return load({"INTAKE_VAR_DIR": str(tmp_path),
                 "INTAKE_DATABASE_URL": f"sqlite:///{tmp_path / 'staff.sqlite3'}",
                 "INTAKE_STAFF_SECRET_KEY": "k" * 40, "INTAKE_STAFF_IDLE_MINUTES": "30"})


@pytest.fixture
def services(settings, clock):
    yield open_services(settings, clock)
    close_engines()


@pytest.fixture
def app(settings, clock, services):
    return create_app(settings, clock=clock, services=services)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def accounts(services):
    return {
        "admin": create_account(services, "admin@clinic.example", "admin", name="Ada Admin"),
        "attorney": create_account(services, "attorney@clinic.example", "attorney",
                                   name="Ana Attorney"),
        "staff": create_account(services, "staff@clinic.example", "staff", name="Sam Staff"),
        "other": create_account(services, "other@elsewhere.example", "admin",
                                organisation="elsewhere", name="Olga Other"),
    }
