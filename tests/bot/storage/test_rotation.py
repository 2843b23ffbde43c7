from __future__ import annotations

import pytest
import sqlalchemy as sa
from cryptography.fernet import Fernet

from bot.interview.model import Answer, AnswerStatus
from bot.storage.cases import CaseStore
from bot.storage.crypto import DecryptionError, FieldCipher
from bot.storage.db import make_sessions
from bot.storage.caseload import Caseload
from bot.storage.messaging import CaseDocuments
from bot.storage.models import Base, Case
from bot.storage.rotation import ENCRYPTED_COLUMNS, _rotate_row, reencrypt_all


def test_old_rows_stay_readable_and_reencrypt_all_lets_the_old_key_go(engine):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    sessions = make_sessions(engine)
    before = CaseStore(sessions, FieldCipher([old], "lookup"))
    case = before.open_case("+15551234567", "twilio", "en")
    before.update_case(case.id, state={"step": 3})
    before.save_answer(case.id, Answer("diagnosis", AnswerStatus.ANSWERED, "leukemia",
                                       "leukemia", "en"), "twilio")
    before.add_event(case.id, "consent:given", {"sms": True})
    before.add_event(case.id, "report:viewed")
    CaseDocuments(sessions, [old]).add(case.id, "diagnosis", "application/pdf", b"%PDF-1.4 x")
    Caseload(sessions, FieldCipher([old], "lookup")).add_note(case.id, 1, "Sam", "called")

    during = CaseStore(sessions, FieldCipher([new, old], "lookup"))
    assert during.active_case("+15551234567").state == {"step": 3}
    assert reencrypt_all(sessions, FieldCipher([new, old], "lookup"), batch_size=1) == 6

    after = CaseStore(sessions, FieldCipher([new], "lookup"))
    found = after.active_case("+15551234567")
    assert found.sender_id == "+15551234567" and found.state == {"step": 3}
    assert after.current_answers(case.id)["diagnosis"].raw_text == "leukemia"
    assert [event.detail for event in after.events(case.id)] == [{"sms": True}, None]
    assert CaseDocuments(sessions, [new]).for_case(case.id)[0].data == b"%PDF-1.4 x"
    assert [n.text for n in Caseload(sessions, FieldCipher([new], "lookup")).notes(case.id)] \
        == ["called"]
    with pytest.raises(DecryptionError):
        before.get_case(case.id)


def test_every_encrypted_column_is_rotated():
    listed = {(model.__tablename__, name) for model, names in ENCRYPTED_COLUMNS.items()
              for name in names}
    encrypted = {(table.name, column.name) for table in Base.metadata.sorted_tables
                 for column in table.columns if column.name.endswith("_enc")}
    assert listed == encrypted


def test_a_value_rewritten_during_rotation_is_not_overwritten(engine):
    """reencrypt_all reads a row, then writes it back only if it did not change."""
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    sessions = make_sessions(engine)
    store = CaseStore(sessions, FieldCipher([old], "lookup"))
    case = store.open_case("+15551234567", "twilio", "en")
    newer = CaseStore(sessions, FieldCipher([new, old], "lookup"))
    with sessions() as session:
        stale_row = session.execute(
            sa.select(Case.id, Case.sender_id_enc, Case.state_enc)).one()
    newer.update_case(case.id, state={"written": "during rotation"})
    with sessions.begin() as session:
        _rotate_row(session, FieldCipher([new, old], "lookup"), Case,
                             ("sender_id_enc", "state_enc"), stale_row)
    assert newer.get_case(case.id).state == {"written": "during rotation"}
