"""``intake keys rotate``: after it, the old key can go and everything still reads."""
from __future__ import annotations

from cryptography.fernet import Fernet

from bot import config
from bot.cli.main import main
from bot.interview.model import Answer, AnswerStatus
from bot.storage import close_engines, open_store


def test_rotate_then_drop_the_old_key(tmp_path, monkeypatch, capsys):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    monkeypatch.setenv("INTAKE_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("INTAKE_DATABASE_URL", f"sqlite:///{tmp_path / 'keys.sqlite3'}")
    monkeypatch.setenv("INTAKE_ENCRYPTION_KEYS", old)
    case = open_store(config.load()).open_case("+15005550950", "sms", "es")
    open_store(config.load()).save_answer(case.id, Answer(
        "diagnosis", AnswerStatus.ANSWERED, "leucemia", raw_text="leucemia"), "sms")
    close_engines()
    monkeypatch.setenv("INTAKE_ENCRYPTION_KEYS", f"{new},{old}")
    assert main(["keys", "rotate"]) == 0
    assert "Re-encrypted 2 rows" in capsys.readouterr().out
    close_engines()
    monkeypatch.setenv("INTAKE_ENCRYPTION_KEYS", new)
    assert open_store(config.load()).current_answers(case.id)["diagnosis"].raw_text == "leucemia"
    close_engines()
