"""``intake staff create-user`` and ``intake staff notify`` on a temporary database."""
from __future__ import annotations

import pytest

from bot import config
from bot.cli.main import main
from bot.staff.passwords import verify_password
from bot.staff.services import open_services
from bot.storage import close_engines

PASSWORD = "a good long password"


@pytest.fixture
def environment(tmp_path, monkeypatch):
    monkeypatch.setenv("INTAKE_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("INTAKE_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    monkeypatch.setenv("INTAKE_NEW_USER_PASSWORD", PASSWORD)
    yield tmp_path
    close_engines()


def test_create_user_hashes_the_password_and_audits(environment, capsys):
    assert main(["staff", "create-user", "--email", "Ana@Clinic.example", "--name", "Ana",
                 "--role", "attorney"]) == 0
    output = capsys.readouterr()
    assert "Created attorney account ana@clinic.example" in output.out
    assert PASSWORD not in output.out + output.err
    services = open_services(config.load())
    user = services.staff.find_user("ana@clinic.example")
    assert user.role == "attorney" and verify_password(user.password_hash, PASSWORD)
    entries, _ = services.staff.audit_entries("default")
    assert [e.action for e in entries] == ["user_created"]


def test_duplicate_and_weak_passwords_are_refused(environment, monkeypatch, capsys):
    arguments = ["staff", "create-user", "--email", "a@clinic.example", "--name", "A",
                 "--role", "staff"]
    assert main(arguments) == 0
    assert main(arguments) == 3
    assert "exists" in capsys.readouterr().err
    monkeypatch.setenv("INTAKE_NEW_USER_PASSWORD", "short")
    assert main([*arguments[:3], "b@clinic.example", *arguments[4:]]) == 2
    assert "at least 12 characters" in capsys.readouterr().err


def test_notify_without_configuration_sends_nothing(environment, capsys):
    assert main(["staff", "notify"]) == 0
    assert "0 notice(s) sent." in capsys.readouterr().out
