"""Commands versus answers: word counts that also hold for Chinese."""
from __future__ import annotations

import pytest

from bot.interview.intents import FREE_TEXT_MAX_WORDS, count_words, understand


@pytest.mark.parametrize("text, words", [
    ("", 0), ("skip", 1), ("talk to a person", 4), ("人工", 1), ("我想和真人说话", 4),
    ("我 ok", 2), ("  ", 0),
])
def test_count_words(text, words):
    assert count_words(text) == words


def test_a_long_chinese_answer_is_not_a_clear_command():
    """Seven characters with no space are a sentence, not one word."""
    understood = understand("医生说我需要去美国做手术", "talk_to_person", 0.95, "zh_Hans")
    assert understood.intent == "talk_to_person"
    assert understood.words > FREE_TEXT_MAX_WORDS and not understood.is_clear_command()


def test_a_short_confident_command_is_clear():
    assert understand("人工", "talk_to_person", 0.95, "zh_Hans").is_clear_command()
    assert understand("/help", None, 0.0, "en").from_button
