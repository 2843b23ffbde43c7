"""SMS length rules: GSM-7 vs UCS-2 segments, and splitting long replies.

An SMS travels in segments: 160 GSM-7 characters (153 when concatenated) or, as
soon as one character is outside GSM-7 (an emoji, "ó" is fine but "ú" is not...),
70 UCS-2 code units (67 when concatenated). Applicants pay per segment on many
plans, so we count them; Twilio refuses bodies over 1,600 characters, so longer
replies are split, at sentence boundaries where possible so each part reads whole.
"""
from __future__ import annotations

import math
import re

# Twilio's hard limit on one message body (characters).
MAX_BODY_CHARS = 1600

# The GSM 03.38 basic character set and its extension table (two septets each).
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENDED = frozenset("^{}\\[~]|€\f")

GSM7_SINGLE, GSM7_MULTI = 160, 153
UCS2_SINGLE, UCS2_MULTI = 70, 67

_SENTENCE_END = re.compile(r"(?<=[.!?…。])\s+|\n+")


def is_gsm7(text: str) -> bool:
    """True when every character fits the GSM-7 alphabet (basic or extension)."""
    return all(char in GSM7_BASIC or char in GSM7_EXTENDED for char in text)


def _gsm7_septets(text: str) -> int:
    return sum(2 if char in GSM7_EXTENDED else 1 for char in text)


def _ucs2_units(text: str) -> int:
    # Characters outside the Basic Multilingual Plane (most emoji) take two units.
    return len(text.encode("utf-16-le")) // 2


def segment_count(text: str) -> int:
    """How many SMS segments ``text`` takes (0 for an empty text)."""
    if not text:
        return 0
    if is_gsm7(text):
        length, single, multi = _gsm7_septets(text), GSM7_SINGLE, GSM7_MULTI
    else:
        length, single, multi = _ucs2_units(text), UCS2_SINGLE, UCS2_MULTI
    return 1 if length <= single else math.ceil(length / multi)


def _pieces(text: str) -> list[str]:
    """Sentences and lines, each keeping the separator that followed it."""
    pieces, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        pieces.append(text[start:match.end()])
        start = match.end()
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def _hard_split(piece: str, limit: int) -> list[str]:
    """A sentence longer than ``limit``: cut at spaces, or mid-word as a last resort."""
    parts = []
    while len(piece) > limit:
        cut = piece.rfind(" ", 0, limit + 1)
        if cut <= 0:
            cut = limit
        parts.append(piece[:cut])
        piece = piece[cut:].lstrip(" ")
    if piece:
        parts.append(piece)
    return parts


def split_message(text: str, limit: int = MAX_BODY_CHARS) -> list[str]:
    """Split ``text`` into parts of at most ``limit`` characters, whole sentences first.

    Parts are filled greedily with whole sentences (or lines); a sentence longer
    than ``limit`` is cut at spaces. Whitespace between parts is dropped; nothing
    else is lost or reordered. An empty or blank text gives no parts.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    text = (text or "").strip()
    if not text:
        return []
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for piece in _pieces(text):
        if len(current) + len(piece.rstrip()) <= limit:
            current += piece
            continue
        if current.strip():
            parts.append(current.strip())
        current = ""
        if len(piece.rstrip()) <= limit:
            current = piece
        else:
            *whole, current = _hard_split(piece.strip(), limit)
            parts.extend(whole)
            current += " "
    if current.strip():
        parts.append(current.strip())
    return parts
