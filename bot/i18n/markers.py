"""Marks English source strings for extraction without translating them.

Definitions (questions, choices, messages) are built at import time, before any
language is known, so they hold the English msgid; the NLG translates at render
time. `pybabel extract` is configured to treat ``N_`` as a gettext keyword.
"""


def N_(message: str) -> str:
    """Return ``message`` unchanged; only marks it for the catalogs."""
    return message
