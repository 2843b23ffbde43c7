"""The training data is consistent: validated by Rasa, and no example is taught
as two intents or leaks into the held-out sets."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rasa.shared.nlu.training_data.loading import load_data

PROJECT = Path(__file__).resolve().parent.parent.parent


def normalised(text: str) -> str:
    return " ".join(text.casefold().split())


def test_rasa_data_validate_passes():
    rasa = str(Path(sys.executable).with_name("rasa"))
    result = subprocess.run([rasa, "data", "validate", "--fail-on-warnings"], cwd=PROJECT,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


def test_no_example_has_two_intents_and_none_leaks_into_held_out():
    training = load_data(str(PROJECT / "data" / "nlu")).intent_examples
    seen: dict[str, str] = {}
    for example in training:
        key = normalised(example.get("text"))
        assert seen.setdefault(key, example.get("intent")) == example.get("intent"), key
    for held_out in (PROJECT / "tests" / "nlu").glob("*.yml"):
        for example in load_data(str(held_out)).intent_examples:
            assert normalised(example.get("text")) not in seen, example.get("text")
