"""A dump of the database after a completed interview holds no readable answer,
name, phone number or message text: every answer the applicant typed is searched
for in the dump (and in the raw database file)."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from conftest import Applicant
from testsupport.interview_driver import answer_everything, confirm_review, start

pytestmark = pytest.mark.e2e

PHONE = "+15005550888"


def searchable(text: str) -> bool:
    """Answers long and wordy enough that finding them in a dump is not chance
    ("1", "yes" or a date match columns of any database)."""
    return len(text) >= 6 and re.search(r"[^\W\d_]{3}", text) is not None


def test_a_dump_after_a_whole_interview_reads_nothing_the_applicant_said(stack, stack_env,
                                                                         store):
    applicant = Applicant(stack.rest_url, PHONE)
    start(applicant)
    answer_everything(applicant, store)
    confirm_review(applicant, store)
    case = store.cases_for_sender(PHONE)[0]
    typed = {row.raw_text for row in store.answer_history(case.id) if row.raw_text}
    secrets = sorted(text for text in typed if searchable(text))
    assert len(secrets) >= 10, secrets                       # a real interview was searched

    database = Path(stack_env["INTAKE_DATABASE_URL"].removeprefix("sqlite:///"))
    connection = sqlite3.connect(database)
    try:
        dump = "\n".join(connection.iterdump())
    finally:
        connection.close()
    raw = b"".join(path.read_bytes() for path in database.parent.glob(database.name + "*"))
    assert case.reference in dump                            # the dump is of this database
    for secret in secrets + [PHONE, PHONE[1:]]:
        assert secret not in dump, secret
        assert secret.encode("utf-8") not in raw, secret
