"""What the SMS/WhatsApp channel itself says (not the interview): keyword answers,
messages it cannot read. English msgids for the catalogs; ``{service}`` is the
service (brand) name carriers require in STOP/HELP answers, never translated.
"""
from __future__ import annotations

from bot.i18n.catalog import gettext_for
from bot.i18n.languages import supported
from bot.i18n.markers import N_

CHANNEL_MESSAGES: dict[str, str] = {
    "opted_out": N_(
        "{service}: You will get no more messages from us. Your answers are kept safe. "
        "Reply START to get messages again."),
    "opted_in": N_(
        "{service}: You will get messages from us again. Reply HELP for help, STOP to stop."),
    "help": N_(
        "{service}: legal information for a medical parole request, not legal advice. "
        "To talk to a person, reply PERSON. Msg & data rates may apply. Reply STOP to stop."),
    "location_unsupported": N_(
        "Thank you. I cannot use a shared location. Please write the city and country."),
    "unsupported_message": N_(
        "Sorry, I can only read text messages here. Please answer with words."),
    "media_received": N_("Thank you. I saved your file for the legal team."),
    "turn_failed": N_(
        "Sorry, something went wrong on our side. Please send your last message again."),
    "media_rejected": N_(
        "I could not keep a file you sent. I can keep photos (JPG, PNG, HEIC) and PDF "
        "files up to 10 MB."),
    "media_before_consent": N_(
        "Thank you. I can keep files only after you agree to start. Please answer with "
        "words."),
    "slow_down": N_(
        "You are sending messages very fast. Please wait a minute, then send your answer "
        "again."),
    "too_long": N_(
        "That message is too long for me. Please send a shorter answer."),
}



def channel_text(key: str, language: str, **params: object) -> str:
    """The channel message ``key`` in ``language`` with its placeholders filled."""
    text = gettext_for(supported(language))(CHANNEL_MESSAGES[key])
    return text.format(**params) if params else text
