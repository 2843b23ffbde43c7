"""``intake purge``: a dry run lists, a real run erases, a second run finds nothing;
the output names references and reasons only."""
from __future__ import annotations

import datetime as dt

import pytest

from bot import config
from bot.cli.main import main
from bot.interview.model import Answer, AnswerStatus
from bot.storage import close_engines, open_store


@pytest.fixture
def environment(tmp_path, monkeypatch):
    monkeypatch.setenv("INTAKE_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("INTAKE_DATABASE_URL", f"sqlite:///{tmp_path / 'purge.sqlite3'}")
    monkeypatch.setenv("INTAKE_RETAIN_UNFINISHED_DAYS", "30")
    yield tmp_path
    close_engines()


def test_dry_run_then_purge_then_nothing_left(environment, capsys):
    long_ago = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=45)
    store = open_store(config.load(), clock=lambda: long_ago)
    old = store.open_case("+15005550900", "sms", "es")
    store.save_answer(old.id, Answer("patient_name", AnswerStatus.ANSWERED, "Secret Name",
                                     raw_text="Secret Name"), "sms")
    fresh = open_store(config.load()).open_case("+15005550901", "sms", "es")

    assert main(["purge", "--dry-run"]) == 0
    listed = capsys.readouterr().out
    assert f"Would erase {old.reference}" in listed and fresh.reference not in listed
    assert "Would erase 1 case " in listed and "Secret" not in listed
    assert open_store(config.load()).get_case(old.id) is not None

    assert main(["purge"]) == 0
    assert f"Erased {old.reference}" in capsys.readouterr().out
    assert main(["purge"]) == 0
    assert "Erased 0 cases" in capsys.readouterr().out
    assert [c.reference for c in open_store(config.load()).cases_for_sender("+15005550901")] \
        == [fresh.reference]


def test_a_bad_retention_setting_refuses_to_start(environment, monkeypatch, capsys):
    monkeypatch.setenv("INTAKE_RETAIN_CLOSED_DAYS", "forever")
    assert main(["purge"]) == 2
    assert "INTAKE_RETAIN_CLOSED_DAYS" in capsys.readouterr().err
