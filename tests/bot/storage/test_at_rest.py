"""Nothing an applicant said, nor who they are, is readable in the database."""
from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from bot.interview.model import Answer, AnswerStatus

SENDER = "+15551234567"
SECRETS = ["leukemia diagnosed in March", "leukemia", SENDER, "5551234567",
           "Dr. Okafor", "I-131 refused", "Ciudad Juárez"]


def every_stored_value(engine) -> list[str]:
    """Each cell of each table, as text, read with plain SQL."""
    values = []
    with engine.connect() as connection:
        for table in sa.inspect(engine).get_table_names():
            for row in connection.exec_driver_sql(f'SELECT * FROM "{table}"'):
                values.extend(str(cell) for cell in row)
    return values


def test_nothing_readable_at_rest(engine, store):
    case = store.open_case(SENDER, "twilio", "en")
    store.save_answer(case.id, Answer("diagnosis", AnswerStatus.ANSWERED,
                                      "leukemia diagnosed in March",
                                      "leukemia diagnosed in March", "en"), "twilio")
    store.save_answer(case.id, Answer("treating_doctor", AnswerStatus.ANSWERED,
                                      {"name": "Dr. Okafor", "city": "Ciudad Juárez"},
                                      "Dr. Okafor in Ciudad Juárez", "en"), "twilio")
    store.update_case(case.id, state={"last_raw": "leukemia", "sender": SENDER})
    store.add_event(case.id, "note", {"text": "I-131 refused", "phone": SENDER})

    values = every_stored_value(engine)
    assert len(values) > 30   # the rows really were read
    joined = "\n".join(values)
    for secret in SECRETS:
        assert secret not in joined
    assert "diagnosis" in joined   # readable metadata is there, so the check can see text
    # ...and the store still gives everything back.
    assert store.current_answers(case.id)["diagnosis"].raw_text == "leukemia diagnosed in March"
    assert store.active_case(SENDER).sender_id == SENDER


def test_nothing_readable_in_the_sqlite_files(database_url, engine, store):
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        return
    case = store.open_case(SENDER, "twilio", "en")
    store.save_answer(case.id, Answer("diagnosis", AnswerStatus.ANSWERED,
                                      "leukemia diagnosed in March",
                                      "leukemia diagnosed in March", "en"), "twilio")
    path = Path(url.database)
    files = [candidate for candidate in (path, Path(f"{path}-wal")) if candidate.exists()]
    content = b"".join(candidate.read_bytes() for candidate in files)
    assert b"diagnosis" in content
    for secret in SECRETS:
        assert secret.encode() not in content
