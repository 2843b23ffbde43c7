"""Per-language intent accuracy on held-out examples never used in training.

A message the model sends to the fallback counts as an answer (``inform``), since
that is how the interview engine treats it. Fails under 90% for any language.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from rasa.shared.nlu.training_data.loading import load_data

from bot.i18n.languages import LANGUAGES

HELD_OUT = Path(__file__).resolve().parent.parent / "nlu"
MIN_ACCURACY = 0.90


@pytest.mark.parametrize("code", [language.code for language in LANGUAGES])
def test_intent_accuracy_per_language(parse, code, capsys):
    examples = load_data(str(HELD_OUT / f"{code}.yml")).intent_examples
    assert len(examples) >= 100
    misses = []
    for example in examples:
        predicted = parse(example.get("text"))["intent"]["name"]
        predicted = "inform" if predicted == "nlu_fallback" else predicted
        if predicted != example.get("intent"):
            misses.append((example.get("text"), example.get("intent"), predicted))
    accuracy = 1 - len(misses) / len(examples)
    with capsys.disabled():
        print(f"\nNLU held-out accuracy [{code}]: {accuracy:.1%} ({len(examples)} examples)")
    assert accuracy >= MIN_ACCURACY, misses[:10]
