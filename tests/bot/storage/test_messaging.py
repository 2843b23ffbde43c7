from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from bot.storage.db import make_sessions
from bot.storage.messaging import MessagingStore


@pytest.fixture
def messaging(engine, cipher, clock) -> MessagingStore:
    return MessagingStore(make_sessions(engine), cipher, clock=clock)


def test_a_message_id_is_claimed_once(messaging):
    assert messaging.claim_message("SM1") is True
    assert messaging.claim_message("SM1") is False
    assert messaging.claim_message("SM2") is True


def test_a_message_id_is_claimed_once_across_stores_and_threads(engine, cipher, clock):
    stores = [MessagingStore(make_sessions(engine), cipher, clock=clock) for _ in range(8)]
    results: list[bool] = []
    barrier = threading.Barrier(len(stores))

    def claim(store: MessagingStore) -> None:
        barrier.wait()
        results.append(store.claim_message("SM-concurrent"))

    threads = [threading.Thread(target=claim, args=(store,)) for store in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False] * 7 + [True]


def test_opt_out_and_back_in(messaging):
    assert not messaging.is_opted_out("+15550100001")
    assert messaging.opt_out("+15550100001") is True
    assert messaging.opt_out("+15550100001") is False     # one confirmation only
    assert messaging.is_opted_out("+15550100001")
    assert not messaging.is_opted_out("+15550100002")
    assert messaging.opt_in("+15550100001") is True
    assert messaging.opt_in("+15550100001") is False
    assert not messaging.is_opted_out("+15550100001")


def test_numbers_are_never_stored_readable(messaging, engine):
    messaging.opt_out("+15550100001")
    with engine.connect() as connection:
        dump = str(connection.execute(text("SELECT * FROM messaging_opt_outs")).fetchall())
    assert "5550100001" not in dump


def test_empty_ids_are_refused(messaging):
    with pytest.raises(ValueError):
        messaging.claim_message("")
    with pytest.raises(ValueError):
        messaging.opt_out("")


def test_documents_are_filed_encrypted_on_the_case_and_deleted_with_it(engine, keys, store):
    from bot.storage.messaging import CaseDocuments

    documents = CaseDocuments(make_sessions(engine), keys)
    case = store.open_case("+15550100001", "sms", "en")
    data = b"%PDF-1.4 secret diagnosis"
    document_id = documents.add(case.id, "diagnosis", "application/pdf", data)
    [record] = documents.for_case(case.id)
    assert (record.id, record.question_id, record.content_type, record.size_bytes,
            record.data) == (document_id, "diagnosis", "application/pdf", len(data), data)
    with engine.connect() as connection:
        dump = str(connection.execute(text("SELECT * FROM case_documents")).fetchall())
    assert b"secret".decode() not in dump
    store.erase_case(case.id, erased_by="applicant", reason="applicant_request")
    assert documents.for_case(case.id) == []
