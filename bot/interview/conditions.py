"""Named conditions that decide, from earlier answers, whether a question applies.

Each predicate is used as a ``Question.ask_if`` in ``questions.py``. They read the
answers only through :func:`answered_value`, so a skipped, "don't know" or "tell
the lawyer" answer counts as *no information*: a follow-up is asked only when an
earlier answer makes it relevant, never on a guess.

Every predicate reads only questions that come earlier in the interview (a test
checks this), and never raises on missing or odd values: a condition that cannot
tell returns False, except where the docstring says otherwise.

Age is computed against :func:`today`, a module-level function so tests can
replace it (``monkeypatch.setattr(conditions, "today", ...)``).
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from bot.interview.model import Answers, AnswerStatus

ADULT_AGE = 18  # US immigration forms treat a person under 18 as a child


def today() -> dt.date:
    """The date ages are computed against; replaced in tests."""
    return dt.date.today()


# --- reading answers ---------------------------------------------------------

def answered_value(answers: Answers, question_id: str) -> Any:
    """The typed value of an answer, or None unless its status is ANSWERED."""
    answer = answers.get(question_id)
    if answer is None or answer.status is not AnswerStatus.ANSWERED:
        return None
    return answer.value


def is_answered(answers: Answers, question_id: str) -> bool:
    """True when the question has an ANSWERED answer with a value."""
    return answered_value(answers, question_id) is not None


def said_yes(answers: Answers, question_id: str) -> bool:
    """True only for an explicit "yes" to a yes/no question."""
    return answered_value(answers, question_id) is True


def said_no(answers: Answers, question_id: str) -> bool:
    """True only for an explicit "no" to a yes/no question."""
    return answered_value(answers, question_id) is False


def chose(answers: Answers, question_id: str, *keys: str) -> bool:
    """True when a choice (or any of a multi-choice's picks) is one of ``keys``."""
    value = answered_value(answers, question_id)
    if isinstance(value, str):
        return value in keys
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(item in keys for item in value)
    return False


def _as_date(value: Any) -> Optional[dt.date]:
    """A stored "YYYY-MM-DD" (or a date) as a date; None if it is not one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def age_on(birth_date: dt.date, on: dt.date) -> int:
    """Whole years between ``birth_date`` and ``on`` (birthday not yet reached: one less)."""
    before_birthday = (on.month, on.day) < (birth_date.month, birth_date.day)
    return on.year - birth_date.year - int(before_birthday)


# --- about the people --------------------------------------------------------

def not_confirmed_safe_to_message(answers: Answers) -> bool:
    """The applicant did not say yes to "is it safe to message you here?".

    A no, a skip or an "I don't know" all lead to asking how to reach them
    safely: with someone's safety at stake, one extra skippable question is
    the cautious side to err on.
    """
    return not said_yes(answers, "safe_to_message")


def is_helper_writing(answers: Answers) -> bool:
    """Someone other than the patient is writing (a parent, relative, friend, staff)."""
    role = answered_value(answers, "writer_role")
    return isinstance(role, str) and role != "patient"


def birth_date_unknown(answers: Answers) -> bool:
    """No usable birth date was given: ask for the age instead."""
    return _as_date(answered_value(answers, "patient_birth_date")) is None


def patient_age_years(answers: Answers) -> Optional[int]:
    """The patient's age: from the birth date if given, else from the age answer.

    None when neither is known (or the birth date lies in the future).
    """
    born = _as_date(answered_value(answers, "patient_birth_date"))
    if born is not None:
        age = age_on(born, today())
        return age if age >= 0 else None
    age = answered_value(answers, "patient_age")
    if isinstance(age, int) and not isinstance(age, bool) and age >= 0:
        return age
    return None


def patient_is_minor(answers: Answers) -> bool:
    """The patient is known to be under 18.

    Unknown age counts as *not* a minor. The guardian questions are still
    reached for a patient of unknown age when a helper writes: they are asked
    whether the patient can decide for themself (see :func:`should_ask_if_patient_can_decide`),
    and a parent of a child will answer no. A patient writing for themself with
    no age given is not asked about a guardian; the report shows the age missing.
    """
    age = patient_age_years(answers)
    return age is not None and age < ADULT_AGE


def should_ask_if_patient_can_decide(answers: Answers) -> bool:
    """A helper writes for a patient not known to be a child (adult or age unknown)."""
    return is_helper_writing(answers) and not patient_is_minor(answers)


def needs_guardian(answers: Answers) -> bool:
    """A parent or guardian decides for the patient: a child, or an adult who cannot decide."""
    return patient_is_minor(answers) or said_no(answers, "patient_can_decide")


# --- the case ----------------------------------------------------------------

def is_after_denial(answers: Answers) -> bool:
    """The applicant answers a denial of their request."""
    return chose(answers, "request_type", "after_denial")


def is_refile(answers: Answers) -> bool:
    """There was an earlier request and they are asking again."""
    return chose(answers, "request_type", "refile")


def is_refile_or_after_denial(answers: Answers) -> bool:
    """Not a first request: there is an earlier request with a receipt number."""
    return is_after_denial(answers) or is_refile(answers)


def has_denial(answers: Answers) -> bool:
    """A denial is on record: answering one, or asking again after an earlier denial."""
    if is_after_denial(answers):
        return True
    return is_refile(answers) and chose(answers, "earlier_request_outcome", "denied")


def denial_cited_other(answers: Answers) -> bool:
    """The denial gave a reason outside the listed grounds: ask for its words."""
    return has_denial(answers) and chose(answers, "denial_grounds", "other")


# --- medical, support, finances, travel --------------------------------------

def has_us_provider(answers: Answers) -> bool:
    """A US hospital or doctor has been found: ask who and whether they accepted."""
    return said_yes(answers, "has_us_provider")


def has_dependents(answers: Answers) -> bool:
    return said_yes(answers, "has_dependents")


def has_us_family(answers: Answers) -> bool:
    return said_yes(answers, "has_us_family")


def has_travel_companions(answers: Answers) -> bool:
    return said_yes(answers, "has_travel_companions")


def has_sponsor(answers: Answers) -> bool:
    """Someone in the US will sign a support form (I-134) for the patient."""
    return said_yes(answers, "has_sponsor")


def has_person_sponsor(answers: Answers) -> bool:
    """The supporter is a person (income asked), not a hospital or group.

    True also when the supporter's status was not given: asking the income
    costs one skippable question and the lawyer needs it for any person.
    """
    return has_sponsor(answers) and not chose(answers, "sponsor_status", "organisation")


def has_passport(answers: Answers) -> bool:
    return said_yes(answers, "has_passport")


def had_visa_refusal(answers: Answers) -> bool:
    """The US refused the patient a visa before: ask for the refusal letter."""
    return said_yes(answers, "visa_refused")


HISTORY_YES_NO_IDS = (
    "prior_us_visits",
    "visa_refused",
    "overstay",
    "removal",
    "arrests",
    "military_service",
    "other_us_applications",
)


def has_history_to_explain(answers: Answers) -> bool:
    """Any immigration or security history question was answered yes: ask for details."""
    return any(said_yes(answers, question_id) for question_id in HISTORY_YES_NO_IDS)
