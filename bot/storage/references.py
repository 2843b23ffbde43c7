"""Human-friendly case references such as ``PI-7K3M-Q9XD``.

An applicant may read the reference aloud over a bad phone line or copy it from a
cracked screen, so the alphabet leaves out look-alikes (0/O, 1/I). Eight random
characters from 32 give 2**40 references: collisions are rare, and the store
retries on the one that happens (the column is unique).
"""
from __future__ import annotations

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
PREFIX = "PI"
_GROUP = 4
_PATTERN = re.compile(rf"^{PREFIX}-[{ALPHABET}]{{{_GROUP}}}-[{ALPHABET}]{{{_GROUP}}}$")


def new_reference() -> str:
    """Return a fresh random reference."""
    groups = ("".join(secrets.choice(ALPHABET) for _ in range(_GROUP)) for _ in range(2))
    return "-".join((PREFIX, *groups))


def is_reference(text: str) -> bool:
    """True when ``text`` is exactly a well-formed reference."""
    return bool(_PATTERN.match(text))


def normalise_reference(text: str) -> str:
    """Accept what people type: lower case, spaces, missing dashes.

    Returns the canonical form, or the cleaned text unchanged when it cannot be a
    reference (the look-up then simply finds nothing).
    """
    compact = re.sub(r"[\s\-_.]", "", text).upper()
    body = compact[len(PREFIX):] if compact.startswith(PREFIX) else compact
    if len(body) == 2 * _GROUP:
        candidate = f"{PREFIX}-{body[:_GROUP]}-{body[_GROUP:]}"
        if is_reference(candidate):
            return candidate
    return compact
