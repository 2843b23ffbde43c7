"""The one exception every parser raises, with a stable code per failure.

The engine turns ``code`` into a kind re-ask message in the applicant's language
(``details`` fill in numbers such as a range), so codes are part of the public
interface: never rename one. ``details`` never hold the applicant's text, only
small facts about it (limits, item positions), so a ParseError is safe to log.
"""
from __future__ import annotations

from typing import Any

ERROR_CODES = frozenset({
    "empty",              # nothing but spaces or control characters
    "too_long",           # details: max
    "no_text",            # only emoji or symbols, no letter or digit
    "name_invalid",       # a name without letters, or with digits
    "date_invalid",
    "date_future",        # the question needs a date that is not in the future
    "date_too_old",       # before 1900
    "number_invalid",
    "number_range",       # details: min, max
    "money_invalid",
    "money_negative",
    "money_too_large",    # details: max
    "money_currency",     # an amount without a known, unambiguous currency
    "choice_unknown",
    "yes_no_unknown",
    "list_empty",
    "list_item_invalid",  # details: item (1-based), reason (the inner code)
    "receipt_invalid",
})


class ParseError(ValueError):
    """An answer that could not be read; ``code`` says why (see ERROR_CODES)."""

    def __init__(self, code: str, **details: Any) -> None:
        super().__init__(code)
        self.code = code
        self.details = details

    def __repr__(self) -> str:
        return f"ParseError({self.code!r}, **{self.details!r})"
