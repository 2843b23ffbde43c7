"""Cases and staff accounts for the dashboard tests, saved through the real stores."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from bot.interview.model import Answer, AnswerStatus
from bot.staff.passwords import hash_password

PASSWORD = "correct horse battery staple"

CSRF_FIELD = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"|'
                        r'name="csrf_token" value="([^"]+)"')


@dataclass
class SeededCase:
    id: int
    reference: str


def seed_case(services, sender: str, *, patient: str = "Maria López",
              deadline: Optional[dt.date] = None, language: str = "es",
              channel: str = "sms", diagnosis: str = "Leucemia mieloide aguda",
              extra: Optional[dict] = None, complete: bool = True) -> SeededCase:
    """A case with a few answers in ``language`` (and a treatment deadline if given)."""
    store = services.cases
    case = store.open_case(sender, channel, language)
    answers = {"patient_name": patient, "diagnosis": diagnosis, "patient_age": 34,
               **(extra or {})}
    if deadline is not None:
        answers["treatment_deadline"] = deadline.isoformat()
    for question_id, value in answers.items():
        store.save_answer(case.id, Answer(question_id, AnswerStatus.ANSWERED, value,
                                          raw_text=str(value), language=language), channel)
    if complete:
        store.update_case(case.id, status="completed", completed_at=services.clock())
    return SeededCase(case.id, case.reference)


def create_account(services, email: str, role: str, *, organisation: str = "default",
                   name: Optional[str] = None):
    return services.staff.create_user(organisation, email, name or email.split("@")[0].title(),
                                      hash_password(PASSWORD), role)


def csrf_token(html: str) -> str:
    match = CSRF_FIELD.search(html)
    assert match, "the page has no CSRF token"
    return match.group(1) or match.group(2)


def sign_in(client, email: str, password: str = PASSWORD):
    page = client.get("/login")
    return client.post("/login", data={"email": email, "password": password,
                                       "csrf_token": csrf_token(page.get_data(as_text=True))})
