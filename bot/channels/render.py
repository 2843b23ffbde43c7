"""Shapes the assistant's replies for SMS/WhatsApp: buttons become a numbered list.

The interview engine maps a bare "2" back to the second button shown, so the
list numbers must follow the buttons' order exactly.
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping


def numbered(buttons: Iterable[Mapping[str, Any]]) -> str:
    """ "1. Yes\\n2. No" for the buttons' titles, in order."""
    return "\n".join(f"{place}. {button.get('title') or button.get('payload') or ''}".rstrip()
                     for place, button in enumerate(buttons, start=1))


def render_message(message: Mapping[str, Any]) -> str:
    """One Rasa bot message (text, buttons, quick replies) as plain text."""
    text = (message.get("text") or "").strip()
    buttons = list(message.get("buttons") or message.get("quick_replies") or [])
    listed = numbered(buttons) if buttons else ""
    return "\n".join(part for part in (text, listed) if part)


def render_turn(messages: Iterable[Mapping[str, Any]]) -> str:
    """All of one turn's messages as one text, paragraphs apart (split later if long)."""
    return "\n\n".join(part for part in (render_message(m) for m in messages) if part)
