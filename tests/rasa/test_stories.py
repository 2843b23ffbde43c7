"""Conversation tests: whatever the applicant says, the model hands the turn to
the interview action (the engine decides what it means)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent.parent
STORIES = Path(__file__).resolve().parent / "test_conversations.yml"


def test_conversation_stories_pass(model_path, tmp_path):
    rasa = str(Path(sys.executable).with_name("rasa"))
    result = subprocess.run(
        [rasa, "test", "core", "--model", str(model_path), "--stories", str(STORIES),
         "--fail-on-prediction-errors", "--out", str(tmp_path)],
        cwd=PROJECT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
