"""What a message asks the assistant to *do*, as opposed to what it answers.

The NLU model classifies every message, but an answer like "I don't know the
exact date, it was in March" must not be taken as a command. A command counts
when it came from a button, matches a known control word, or is a short message
the model is confident about.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from bot.parsing.control_words import match_control_word

# Intents that mark an answer's status rather than giving a value.
STATUS_INTENTS = ("skip", "dont_know", "tell_lawyer")
# Intents that steer the conversation.
COMMAND_INTENTS = ("help", "pause", "resume", "restart", "change_answer", "change_language",
                   "talk_to_person", "delete_data", "greet", "thanks", "goodbye")
ANSWER_INTENTS = ("affirm", "deny")

MIN_CONFIDENCE = 0.7
MAX_COMMAND_WORDS = 8


@dataclass(frozen=True)
class Understood:
    """The intent the engine acts on (None: treat the text as an answer)."""

    intent: Optional[str]
    from_button: bool = False


def understand(text: str, intent: Optional[str], confidence: float, lang: str) -> Understood:
    """Decide whether ``text`` is a command, a status (skip...), yes/no, or an answer."""
    stripped = (text or "").strip()
    if stripped.startswith("/"):
        name = stripped[1:].split("{", 1)[0].strip()
        return Understood(name or None, from_button=True)
    word = match_control_word(stripped, lang)
    if word:
        return Understood(word)
    known = STATUS_INTENTS + COMMAND_INTENTS + ANSWER_INTENTS
    short = len(stripped.split()) <= MAX_COMMAND_WORDS
    if intent in known and confidence >= MIN_CONFIDENCE and short:
        return Understood(intent)
    return Understood(None)
