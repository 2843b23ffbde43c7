"""The case-list bench runs end to end on a small database and its baseline finds
the same cases the real list finds."""
from __future__ import annotations

from cryptography.fernet import Fernet

from bench import case_list
from bot.storage.caseload import CaseFilter, Caseload
from bot.storage.crypto import FieldCipher
from bot.storage.db import make_engine, make_sessions, upgrade


def test_bench_runs_on_a_small_database(tmp_path, capsys):
    assert case_list.run_on("SQLite", f"sqlite:///{tmp_path / 'b.sqlite3'}", 300, 2) in (
        True, False)
    output = capsys.readouterr().out
    assert "300 cases inserted" in output and "baseline: decrypt all" in output


def test_baseline_and_list_agree_on_a_name_search(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    upgrade(engine)
    cipher = FieldCipher([Fernet.generate_key().decode()], "k")
    search = case_list.fill(engine, cipher, 400)
    listed = Caseload(make_sessions(engine), cipher, clock=lambda: case_list.NOW).list_cases(
        "default", CaseFilter(text=search), page_size=1000)
    baseline = case_list.baseline_list(engine, cipher, search)
    assert listed.total > 0 and len(baseline) == min(25, listed.total)
    assert set(baseline) <= {row.id for row in listed.rows}
    engine.dispose()
