"""Rasa's tracker store, encrypted, in the project's own database.

Rasa's ``SQLTrackerStore`` writes each event as plain JSON (the applicant's words,
the NLU parse) next to the sender id (a phone number). This subclass keeps Rasa's
logic (the latest conversation session, appending only new events) and changes
what is written (``models.TrackerEvent``):

- the sender becomes ``FieldCipher.lookup_hash(sender_id)``, the same HMAC as
  ``cases.sender_hash``, so erasing a case can erase its conversation events too;
- each event is Fernet-encrypted JSON under ``INTAKE_ENCRYPTION_KEYS`` (rotated
  with the rest by ``intake keys rotate``);
- the table comes from our Alembic migrations, on ``INTAKE_DATABASE_URL``.

When the applicant erases their data, the interview action ends the turn with
Rasa's ``Restarted`` event: on saving such a tracker, every stored event of the
sender is deleted and only what follows the restart (the assistant saying it is
done) is kept, because Rasa would otherwise write the whole in-memory history back.
"""
from __future__ import annotations

import logging
from typing import Any, Iterable, Optional

from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from rasa.shared.core.events import Restarted, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import delete, func, or_, select

from bot import config

from . import open_sessions
from .crypto import FieldCipher
from .models import TrackerEvent

logger = logging.getLogger(__name__)


class EncryptedTrackerStore(SQLTrackerStore):
    def __init__(self, domain=None, event_broker=None, settings: Optional[config.Settings] = None,
                 **kwargs: Any) -> None:
        settings = settings or config.load()
        self.sessions = open_sessions(settings)
        self.cipher = FieldCipher(settings.encryption_keys, settings.lookup_key)
        kwargs.pop("host", None)      # Rasa passes the endpoint's url; ours is the settings'
        TrackerStore.__init__(self, domain, event_broker, **kwargs)

    def _sender(self, sender_id: str) -> str:
        return self.cipher.lookup_hash(sender_id)

    async def keys(self) -> Iterable[str]:
        """Sender HMACs (sender ids themselves are never stored)."""
        with self.sessions() as session:
            return list(session.execute(select(TrackerEvent.sender_hash).distinct()).scalars())

    @staticmethod
    def _events_of(sender_hash: str, all_sessions: bool):
        """The sender's events: all, or those of the latest conversation session."""
        query = select(TrackerEvent).where(TrackerEvent.sender_hash == sender_hash)
        if not all_sessions:
            started = (select(func.max(TrackerEvent.timestamp))
                       .where(TrackerEvent.sender_hash == sender_hash)
                       .where(TrackerEvent.type_name == SessionStarted.type_name)
                       .scalar_subquery())
            query = query.where(or_(started.is_(None), TrackerEvent.timestamp >= started))
        return query

    async def _retrieve(self, sender_id: str,
                        fetch_events_from_all_sessions: bool) -> Optional[DialogueStateTracker]:
        with self.sessions() as session:
            query = self._events_of(self._sender(sender_id), fetch_events_from_all_sessions)
            events = [self.cipher.decrypt_json(row.data_enc) for row in
                      session.execute(query.order_by(TrackerEvent.id)).scalars()]
        if not self.domain or not events:
            return None
        return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        sender_hash = self._sender(tracker.sender_id)
        events = list(tracker.events)
        restarts = [index for index, event in enumerate(events) if isinstance(event, Restarted)]
        with self.sessions.begin() as session:
            if restarts:
                # The applicant's data was erased this turn: keep nothing from before.
                session.execute(delete(TrackerEvent)
                                .where(TrackerEvent.sender_hash == sender_hash))
                new = events[restarts[-1] + 1:]
            else:
                stored = session.execute(select(func.count()).select_from(
                    self._events_of(sender_hash, all_sessions=False).subquery())).scalar_one()
                new = events[stored:]
            for event in new:
                data = event.as_dict()
                session.add(TrackerEvent(sender_hash=sender_hash, type_name=event.type_name,
                                         timestamp=data.get("timestamp"),
                                         data_enc=self.cipher.encrypt_json(data)))
