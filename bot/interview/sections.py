"""The parts of the interview, in asking order (DESIGN.md "What the interview covers").

Titles are short English msgids: applicants see them in the final read-back and
staff see them as report headings. Keys are stable and never translated.
"""
from __future__ import annotations

from bot.i18n.markers import N_
from bot.interview.model import Section

SECTIONS: tuple[Section, ...] = (
    Section("about", N_("About you and the patient")),
    Section("case", N_("The request")),
    Section("medical", N_("Health and treatment")),
    Section("chronology", N_("Important dates")),
    Section("support", N_("Family and support")),
    Section("finances", N_("Money")),
    Section("travel", N_("Travel and past history")),
    Section("aftercare", N_("Care after treatment")),
)

SECTIONS_BY_KEY: dict[str, Section] = {section.key: section for section in SECTIONS}

# Sections whose answers are never echoed back over a text-message channel (SMS is
# unencrypted and phones are shared or seized): health, dates of illness, and travel,
# visa and security history. The read-back there says only that an answer was given.
PRIVATE_SECTIONS: frozenset[str] = frozenset({"medical", "chronology", "travel"})
# Channels whose messages sit in a phone's message history.
TEXT_MESSAGE_CHANNELS: frozenset[str] = frozenset({"sms", "whatsapp"})
