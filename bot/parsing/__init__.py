"""Parsers that turn an applicant's free text into the typed value of an answer.

Every parser takes the raw text and the applicant's language ("en", "es", ...;
unknown languages use the English tables) and returns the JSON shape of its
AnswerType (bot/interview/model.py), or raises ParseError with a stable code the
engine turns into a kind re-ask message. They never raise anything else.
Per-language words live in ``vocabulary.py``.
"""
from __future__ import annotations

from bot.parsing.choices import parse_choice, parse_multi_choice
from bot.parsing.control_words import match_control_word
from bot.parsing.dates import parse_date
from bot.parsing.errors import ERROR_CODES, ParseError
from bot.parsing.lists import parse_event_list, parse_people_list
from bot.parsing.money import parse_money, parse_money_list
from bot.parsing.numbers import parse_number
from bot.parsing.receipt import parse_receipt_number
from bot.parsing.text import MAX_ANSWER_CHARS, clean_text, parse_name, parse_text
from bot.parsing.yes_no import parse_yes_no

__all__ = [
    "ERROR_CODES", "MAX_ANSWER_CHARS", "ParseError", "clean_text", "match_control_word",
    "parse_choice", "parse_date", "parse_event_list", "parse_money", "parse_money_list",
    "parse_multi_choice", "parse_name", "parse_number", "parse_people_list",
    "parse_receipt_number", "parse_text", "parse_yes_no",
]
