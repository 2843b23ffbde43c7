"""What the staff app talks to, opened once per process from the settings."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Optional

from bot.config import Settings
from bot.storage import CaseStore, open_sessions, open_store
from bot.storage.caseload import Caseload
from bot.storage.crypto import FieldCipher
from bot.storage.erasure import CaseEraser
from bot.storage.messaging import CaseDocuments
from bot.storage.notifications import NotificationOutbox
from bot.storage.staff import StaffDirectory
from bot.storage.timestamps import utc_now


@dataclass
class Services:
    settings: Settings
    cases: CaseStore
    caseload: Caseload
    staff: StaffDirectory
    documents: CaseDocuments
    outbox: NotificationOutbox
    eraser: CaseEraser
    cipher: FieldCipher
    clock: Callable[[], dt.datetime]


def open_services(settings: Settings,
                  clock: Optional[Callable[[], dt.datetime]] = None) -> Services:
    """The stores on the settings' database (migrated, sharing one engine)."""
    clock = clock or utc_now
    cases = open_store(settings, clock=clock)
    sessions = open_sessions(settings)
    cipher = FieldCipher(settings.encryption_keys, settings.lookup_key)
    return Services(
        settings=settings, cases=cases, caseload=Caseload(sessions, cipher, clock),
        staff=StaffDirectory(sessions, clock),
        documents=CaseDocuments(sessions, settings.encryption_keys, clock),
        outbox=NotificationOutbox(sessions, clock), eraser=CaseEraser(sessions, clock),
        cipher=cipher, clock=clock)
