"""USCIS receipt numbers: three letters and ten digits ("IOE0912345678").

People copy them from a paper notice or a photo: spaces, dashes, lower case
and the letter O typed as a zero in the prefix ("I0E...") are all tolerated.
The prefix is not checked against a list of service centres: new ones appear,
and a lawyer will verify the number anyway.
"""
from __future__ import annotations

import re

from bot.parsing.errors import ParseError

_RECEIPT = re.compile(
    r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0][A-Za-z])[\s.\-–#:]*((?:\d[\s.\-–]?){9}\d)(?![0-9])")
_MAX_RECEIPT_TEXT = 200


def parse_receipt_number(text: str) -> str:
    """The receipt number in ``text``, upper case and compact, or "receipt_invalid".

    The text may say more ("my receipt is EAC-219-001-2345"); two different
    receipt numbers in one answer are "receipt_invalid" too.
    """
    if not isinstance(text, str) or len(text) > _MAX_RECEIPT_TEXT:
        raise ParseError("receipt_invalid")
    found = set()
    for match in _RECEIPT.finditer(text):
        prefix = match.group(1).upper().replace("0", "O")
        digits = re.sub(r"\D", "", match.group(2))
        found.add(prefix + digits)
    if len(found) != 1:
        raise ParseError("receipt_invalid")
    return found.pop()
