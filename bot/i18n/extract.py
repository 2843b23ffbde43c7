"""A Babel extraction method for Rasa's ``domain.yml`` responses.

Rasa keeps response texts in the domain; ours are rendered by the interview
action, but a response added to the domain must still reach the catalogs
(``make i18n``) and be translated when Rasa utters it (``bot.nlg.catalog_nlg``).
Registered in ``babel.cfg`` as ``[rasa_domain: domain.yml]``.
"""
from __future__ import annotations

from typing import Any, BinaryIO, Iterator

import yaml

# (line number, function name, message, comments), as Babel's extractors yield.
Extracted = tuple[int, str, str, list[str]]


def _texts(variation: dict[str, Any]) -> Iterator[str]:
    """The user-facing strings of one response variation: its text and button titles."""
    if isinstance(variation.get("text"), str):
        yield variation["text"]
    for button in variation.get("buttons") or ():
        if isinstance(button, dict) and isinstance(button.get("title"), str):
            yield button["title"]


def extract_rasa_domain(fileobj: BinaryIO, keywords: Any, comment_tags: Any,
                        options: dict[str, Any]) -> Iterator[Extracted]:
    """Yield every response text and button title in a Rasa domain file."""
    domain = yaml.safe_load(fileobj.read().decode(options.get("encoding", "utf-8"))) or {}
    for name, variations in (domain.get("responses") or {}).items():
        for variation in variations or ():
            if isinstance(variation, dict):
                for text in _texts(variation):
                    yield 0, "", text, [f"Rasa response {name}"]
