"""A dump of the database after a completed interview holds no readable answer,
name, phone number or message text: every answer the applicant typed is searched
for in the dump (and in the raw database file)."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from bot.nlg.render import Renderer
from bot.storage import FieldCipher
from conftest import Applicant
from testsupport.interview_driver import answer_everything, confirm_review, start

pytestmark = pytest.mark.e2e

PHONE = "+15005550888"


def searchable(text: str) -> bool:
    """Answers long and wordy enough that finding them in a dump is not chance
    ("1", "yes" or a date match columns of any database)."""
    return len(text) >= 6 and re.search(r"[^\W\d_]{3}", text) is not None


def tracker_events(database: Path, settings, sender: str) -> list[dict]:
    """Rasa's stored events of this sender, decrypted."""
    cipher = FieldCipher(settings.encryption_keys, settings.lookup_key)
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute("SELECT data_enc FROM tracker_events WHERE sender_hash = ? "
                                  "ORDER BY id", (cipher.lookup_hash(sender),)).fetchall()
    finally:
        connection.close()
    return [cipher.decrypt_json(token) for (token,) in rows]


def test_a_dump_after_a_whole_interview_reads_nothing_the_applicant_said(stack, stack_env,
                                                                         store, settings):
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
    assert len(tracker_events(database, settings, PHONE)) > 20   # Rasa's events are in it too
    for secret in secrets + [PHONE, PHONE[1:]]:
        assert secret not in dump, secret
        assert secret.encode("utf-8") not in raw, secret


def test_delete_my_data_leaves_only_the_reference_and_dates(stack, stack_env, store,
                                                           settings):
    applicant = Applicant(stack.rest_url, "+15005550889")
    start(applicant, opener="hola", agree="sí")
    applicant.say("María Fernanda Quintero")
    case = store.active_case("+15005550889")
    database = Path(stack_env["INTAKE_DATABASE_URL"].removeprefix("sqlite:///"))
    assert any(e["event"] == "user" for e in tracker_events(database, settings, "+15005550889"))
    applicant.say("borrar mis datos")
    assert applicant.buttons and store.active_case("+15005550889") is not None   # asked first
    applicant.say(applicant.buttons[0]["payload"])              # "Yes, delete it all"
    assert Renderer("es").say("delete_done") in applicant.text
    assert store.cases_for_sender("+15005550889") == []
    connection = sqlite3.connect(database)
    try:
        dump = "\n".join(connection.iterdump())
        remains = connection.execute("SELECT erased_by, reason FROM erased_cases "
                                     "WHERE reference = ?", (case.reference,)).fetchall()
    finally:
        connection.close()
    assert remains == [("applicant", "applicant_request")]
    # Rasa's copy keeps only what followed the erasure: nothing the applicant said.
    left = tracker_events(database, settings, "+15005550889")
    assert not any(e["event"] == "user" for e in left), left
    assert "Quintero" not in dump
