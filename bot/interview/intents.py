"""What a message asks the assistant to *do*, as opposed to what it answers.

The NLU model classifies every message, but an answer like "I don't know the
exact date, it was in March" must not be taken as a command. A command counts
when it came from a button, matches a known control word, or is a short message
the model is confident about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from bot.parsing.control_words import match_control_word

# Intents that mark an answer's status rather than giving a value.
STATUS_INTENTS = ("skip", "dont_know", "tell_lawyer")
# Intents that steer the conversation.
COMMAND_INTENTS = ("help", "pause", "resume", "start_over", "change_answer", "change_language",
                   "talk_to_person", "delete_data", "greet", "thanks", "goodbye")
ANSWER_INTENTS = ("affirm", "deny")

_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
MIN_CONFIDENCE = 0.7
MAX_COMMAND_WORDS = 8
# Where any words are a valid answer (free text, names), only a button, a control
# word or a very short confident message is taken as a command outright; anything
# else the model calls a command is confirmed first ("the return plan is ..." must
# not silently open the change menu).
FREE_TEXT_CONFIDENCE = 0.9
FREE_TEXT_MAX_WORDS = 2
# Intents that could be an answer in free text, so the engine asks which was meant.
DOUBTFUL_IN_FREE_TEXT = STATUS_INTENTS + ("help", "pause", "start_over", "change_answer",
                                          "change_language", "talk_to_person", "delete_data")


@dataclass(frozen=True)
class Understood:
    """The intent the engine acts on (None: treat the text as an answer)."""

    intent: Optional[str]
    from_button: bool = False
    certain: bool = False       # a button or a known control word: no doubt
    confidence: float = 0.0
    words: int = 0
    likely: Optional[str] = None  # a confident command in a long message: used only
                                  # when the text cannot be read as the answer

    def is_clear_command(self) -> bool:
        """True when the intent holds even where free text is expected."""
        return self.intent is not None and (
            self.certain or (self.confidence >= FREE_TEXT_CONFIDENCE
                             and self.words <= FREE_TEXT_MAX_WORDS))


def count_words(text: str) -> int:
    """Words in ``text``; Chinese has no spaces, so two Han characters count as one word."""
    han = len(_HAN.findall(text))
    return len(_HAN.sub(" ", text).split()) + (han + 1) // 2


def understand(text: str, intent: Optional[str], confidence: float, lang: str) -> Understood:
    """Decide whether ``text`` is a command, a status (skip...), yes/no, or an answer."""
    stripped = (text or "").strip()
    if stripped.startswith("/"):
        name = stripped[1:].split("{", 1)[0].strip()
        return Understood(name or None, from_button=True, certain=True)
    word = match_control_word(stripped, lang)
    if word:
        return Understood(word, certain=True)
    known = STATUS_INTENTS + COMMAND_INTENTS + ANSWER_INTENTS
    words = count_words(stripped)
    if intent in known and confidence >= MIN_CONFIDENCE:
        if words <= MAX_COMMAND_WORDS:
            return Understood(intent, confidence=confidence, words=words)
        return Understood(None, confidence=confidence, words=words, likely=intent)
    return Understood(None)
