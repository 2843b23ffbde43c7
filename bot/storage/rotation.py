"""Re-encrypt stored values under the newest key, so an old key can be retired.

Rotation in two steps: put the new key first in ``INTAKE_ENCRYPTION_KEYS`` (new
writes use it, old rows still decrypt), then run ``reencrypt_all``; once it has
finished, the old key can be removed. Rows are handled in batches, each batch its
own transaction, so a large database is never locked for long and an interrupted
run can simply be started again.
"""
from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from .crypto import FieldCipher
from .models import AnswerRow, Case, CaseDocument, CaseEvent, CaseNote, TrackerEvent

# Every encrypted column, by model. Keep in step with models.py (a test checks
# that every ``*_enc`` column is listed).
ENCRYPTED_COLUMNS = {
    Case: ("sender_id_enc", "state_enc"),
    AnswerRow: ("value_enc", "raw_text_enc"),
    CaseEvent: ("detail_enc",),
    CaseDocument: ("data_enc",),
    CaseNote: ("text_enc",),
    TrackerEvent: ("data_enc",),
}


def reencrypt_all(sessions: sessionmaker, cipher: FieldCipher, batch_size: int = 500) -> int:
    """Re-encrypt every encrypted value under the cipher's newest key; return rows done."""
    done = 0
    for model, columns in ENCRYPTED_COLUMNS.items():
        last_id = 0
        while True:
            with sessions.begin() as session:
                rows = session.execute(
                    select(model.id, *(getattr(model, name) for name in columns))
                    .where(model.id > last_id)
                    .order_by(model.id)
                    .limit(batch_size)
                ).all()
                for row in rows:
                    _rotate_row(session, cipher, model, columns, row)
            if not rows:
                break
            done += len(rows)
            last_id = rows[-1][0]
    return done


def _rotate_row(session: Session, cipher: FieldCipher, model, columns, row) -> None:
    """Re-encrypt one row, unless it changed since it was read.

    The store may rewrite a case's state meanwhile; that newer value is already
    under the newest key, and overwriting it with the rotated old one would lose
    it. So the UPDATE only applies while every column still holds what was read.
    """
    tokens = dict(zip(columns, row[1:]))
    unchanged = [
        getattr(model, name).is_(None) if token is None else getattr(model, name) == token
        for name, token in tokens.items()
    ]
    session.execute(
        update(model)
        .where(model.id == row[0], *unchanged)
        .values(**{name: None if token is None else cipher.rotate(token)
                   for name, token in tokens.items()})
        .execution_options(synchronize_session=False)
    )
