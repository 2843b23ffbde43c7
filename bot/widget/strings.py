"""What the widget itself says (buttons, labels, connection and upload notices), as
English msgids for the catalogs. The interview's own messages come from the
assistant; these are only the widget's frame. ``{clinic}`` is the clinic's name,
never translated."""
from __future__ import annotations

from bot.i18n.catalog import gettext_for
from bot.i18n.languages import LANGUAGES, language
from bot.i18n.markers import N_

WIDGET_STRINGS: dict[str, str] = {
    "launcher": N_("Chat with us"),
    "title": N_("Medical parole help"),
    "subtitle": N_("Legal information, not legal advice."),
    "close": N_("Close chat"),
    "language": N_("Language"),
    "choose_language": N_("Choose your language"),
    "start": N_("Start"),
    "privacy": N_("Your answers go to the legal team of {clinic} and are kept private."),
    "input_label": N_("Your message"),
    "placeholder": N_("Type your answer"),
    "send": N_("Send"),
    "attach": N_("Attach a photo or PDF"),
    "attach_hint": N_("Photos (JPG, PNG, HEIC) or PDF, up to 10 MB."),
    "file_too_large": N_("This file is too large. Please send a file smaller than 10 MB."),
    "file_wrong_type": N_("I can only take photos (JPG, PNG, HEIC) and PDF files."),
    "uploading": N_("Sending your file…"),
    "upload_failed": N_("Your file was not sent. Please try again."),
    "typing": N_("The assistant is writing…"),
    "connecting": N_("Connecting…"),
    "connection_lost": N_("Connection lost. Retrying…"),
    "reconnected": N_("Connected again."),
    "end": N_("End chat"),
    "end_confirm": N_(
        "End this chat and remove it from this device? Your answers stay with the legal team."),
    "end_yes": N_("Yes, end it"),
    "end_no": N_("Keep chatting"),
    "ended": N_("This chat was removed from this device."),
    "you": N_("You:"),
    "assistant": N_("Assistant:"),
}


def widget_strings(code: str) -> dict:
    """The widget's texts in one language (English for a code we do not speak),
    with the language's direction and the list of languages for the picker."""
    chosen = language(code)
    translate = gettext_for(chosen.code)
    return {
        "language": chosen.code,
        "dir": chosen.direction,
        "strings": {key: translate(msgid) for key, msgid in WIDGET_STRINGS.items()},
        "languages": [{"code": item.code, "name": item.native_name, "dir": item.direction}
                      for item in LANGUAGES],
    }
