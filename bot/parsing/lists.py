"""List answers: a chronology of dated events, and people with a few details.

One item per line or per ";" (list markers such as "-" or "1." are dropped).
A bad item names its position so the engine can say "line 2 has no date"
instead of rejecting the whole list; events keep the applicant's order.
"""
from __future__ import annotations

import datetime
import re

from bot.parsing.dates import check_date, extract_date
from bot.parsing.errors import ParseError
from bot.parsing.normalize import split_items
from bot.parsing.text import clean_text, parse_name

_NAME_END = re.compile(r"[,，、،]|\s[-–—]\s|[:：]|[(（]|\d")   # also Chinese and Arabic commas
_DETAIL_EDGES = " \t,:;-–—()，、،：（）"


def parse_event_list(text: str, lang: str, *, today: datetime.date) -> list[dict]:
    """[{"date": "YYYY-MM-DD", "text": "diagnosed with leukemia"}, ...].

    Each line needs a date ("12/03/2024 diagnosed", "March 2024: first chemo",
    "hace 2 semanas empeoró"); the text is the rest of the line ("" when the
    line is only a date). Future dates are allowed (planned travel or
    treatment). A line without a date raises "list_item_invalid" with details
    item (1-based) and reason "date_invalid" (or "date_too_old"...).
    """
    items = split_items(clean_text(text))
    if not items:
        raise ParseError("list_empty")
    events = []
    for index, item in enumerate(items, 1):
        found = extract_date(item, lang, today=today)
        if found is None:
            raise ParseError("list_item_invalid", item=index, reason="date_invalid")
        date, rest = found
        try:
            check_date(date, today=today, allow_future=True)
        except ParseError as error:
            raise ParseError("list_item_invalid", item=index, reason=error.code) from None
        events.append({"date": date.isoformat(), "text": rest})
    return events


def _split_person(item: str) -> tuple[str, str]:
    """"Maria Lopez, sister, lives in Miami" -> ("Maria Lopez", "sister, lives in Miami").

    The name ends at the first comma, " - ", ":", "(" or digit (a phone number
    or an age typed after the name belongs to the detail).
    """
    end = _NAME_END.search(item)
    if end is None:
        return item, ""
    detail_start = end.start() if end.group().isdigit() else end.end()
    return item[:end.start()], item[detail_start:]


def parse_people_list(text: str, lang: str) -> list[dict]:
    """[{"name": "Maria Lopez", "detail": "sister, lives in Miami, US citizen"}, ...].

    A line whose name part is not a name raises "list_item_invalid" with details
    item (1-based) and reason (the name's code, e.g. "name_invalid").
    """
    items = split_items(clean_text(text))
    if not items:
        raise ParseError("list_empty")
    people = []
    for index, item in enumerate(items, 1):
        name_part, detail = _split_person(item)
        try:
            name = parse_name(name_part, lang)
        except ParseError as error:
            reason = "name_invalid" if error.code in ("empty", "no_text") else error.code
            raise ParseError("list_item_invalid", item=index, reason=reason) from None
        detail = " ".join(detail.split()).strip(_DETAIL_EDGES)
        people.append({"name": name, "detail": detail})
    return people
