"""Parole intake: the application behind the Rasa assistant (see DESIGN.md).

Importing it makes every log record of the process safe (no phone numbers, no
library debug text, no exception messages): see ``bot.privacy.log_redaction``.
"""
from bot.privacy import log_redaction

log_redaction.install()
