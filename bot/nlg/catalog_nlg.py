"""Rasa's templated responses, translated through our catalogs.

Configured in ``endpoints.yml`` (``nlg: type: bot.nlg.catalog_nlg.CatalogNLG``) so
that any response Rasa utters from ``domain.yml`` reaches the applicant in the
language of their case (the ``language`` slot the interview action sets), never
in English by accident. The English text is the msgid (extracted by
``bot.i18n.extract``); slot placeholders are filled after translation.
"""
from __future__ import annotations

from typing import Any, Dict, Optional

from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain

from bot.i18n.catalog import gettext_for
from bot.i18n.languages import supported


class CatalogNLG(TemplatedNaturalLanguageGenerator):
    """Translates each response's text and button titles before filling slots."""

    def __init__(self, endpoint_config: Any = None, domain: Optional[Domain] = None) -> None:
        super().__init__((domain or Domain.empty()).responses)

    def _fill_response(self, response: Dict[str, Any],
                       filled_slots: Optional[Dict[str, Any]] = None,
                       **kwargs: Any) -> Dict[str, Any]:
        translate = gettext_for(supported((filled_slots or {}).get("language")))
        translated = dict(response)
        if isinstance(translated.get("text"), str):
            translated["text"] = translate(translated["text"])
        if translated.get("buttons"):
            translated["buttons"] = [
                {**button, "title": translate(button["title"])}
                if isinstance(button, dict) and isinstance(button.get("title"), str) else button
                for button in translated["buttons"]]
        return super()._fill_response(translated, filled_slots, **kwargs)
