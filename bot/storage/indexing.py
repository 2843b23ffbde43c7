"""What of an answer the store keeps outside its encrypted value, and why.

Staff must find cases by name and see urgent cases first, but names and answers
are encrypted. So, when an answer is saved:

- a name (``NAME_QUESTIONS``) is split into words, each folded (case, accents)
  and HMAC-hashed with the lookup key: a blind index that matches whole words
  typed in the dashboard without storing the name readably;
- the treatment deadline is copied into ``cases.treatment_deadline`` in clear: a
  date alone says nothing about who the person is or what they have, and the
  list sorts 10,000 cases by it (docs/privacy.md lists it).
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any, Optional

NAME_QUESTIONS = frozenset({"patient_name", "helper_name", "guardian_name"})
DEADLINE_QUESTION = "treatment_deadline"

_WORD = re.compile(r"\w+", re.UNICODE)


def fold(word: str) -> str:
    """Lower case without accents ("José" -> "jose"); other scripts kept as they are."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def name_terms(text: str) -> list[str]:
    """The distinct folded words of a name (or of a search), in order."""
    return list(dict.fromkeys(fold(word) for word in _WORD.findall(text or "")))


def deadline_of(value: Any) -> Optional[dt.date]:
    """The deadline date of an answered ``treatment_deadline`` value, if it is one."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None
