"""The named conditions behind ``Question.ask_if``: what they read and decide."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.interview import conditions as c
from bot.interview.model import Answer, AnswerStatus

FIXED_TODAY = dt.date(2025, 6, 15)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(c, "today", lambda: FIXED_TODAY)


def ans(question_id: str, value: object = None, status: AnswerStatus = AnswerStatus.ANSWERED) -> Answer:
    return Answer(question_id=question_id, status=status, value=value)


def answers(*items: Answer) -> dict[str, Answer]:
    return {item.question_id: item for item in items}


NOT_ANSWERED = (AnswerStatus.SKIPPED, AnswerStatus.DONT_KNOW, AnswerStatus.TELL_LAWYER)


# --- reading answers ---------------------------------------------------------

def test_answered_value_returns_the_value_only_when_answered() -> None:
    assert c.answered_value(answers(ans("q", "x")), "q") == "x"
    assert c.answered_value({}, "q") is None
    for status in NOT_ANSWERED:
        assert c.answered_value(answers(ans("q", "x", status)), "q") is None


def test_is_answered() -> None:
    assert c.is_answered(answers(ans("q", False)), "q")
    assert not c.is_answered(answers(ans("q", None)), "q")
    assert not c.is_answered(answers(ans("q", True, AnswerStatus.SKIPPED)), "q")


def test_said_yes_and_no_need_a_real_boolean() -> None:
    assert c.said_yes(answers(ans("q", True)), "q")
    assert not c.said_yes(answers(ans("q", "yes")), "q")
    assert not c.said_yes(answers(ans("q", 1)), "q")
    assert c.said_no(answers(ans("q", False)), "q")
    assert not c.said_no(answers(ans("q", 0)), "q")
    assert not c.said_no({}, "q")
    for status in NOT_ANSWERED:
        assert not c.said_yes(answers(ans("q", True, status)), "q")
        assert not c.said_no(answers(ans("q", False, status)), "q")


def test_chose_reads_single_and_multiple_choices() -> None:
    assert c.chose(answers(ans("q", "a")), "q", "a", "b")
    assert not c.chose(answers(ans("q", "c")), "q", "a", "b")
    assert c.chose(answers(ans("q", ["c", "b"])), "q", "a", "b")
    assert not c.chose(answers(ans("q", [])), "q", "a")
    assert not c.chose(answers(ans("q", 3)), "q", "a")
    assert not c.chose({}, "q", "a")
    assert not c.chose(answers(ans("q", "a", AnswerStatus.DONT_KNOW)), "q", "a")


# --- age -------------------------------------------------------------------------

@pytest.mark.parametrize("born, on, expected", [
    (dt.date(2000, 6, 15), dt.date(2025, 6, 15), 25),   # birthday today
    (dt.date(2000, 6, 16), dt.date(2025, 6, 15), 24),   # birthday tomorrow
    (dt.date(2000, 1, 1), dt.date(2025, 6, 15), 25),
    (dt.date(2004, 2, 29), dt.date(2023, 2, 28), 18),   # leap-day birthday not yet reached
    (dt.date(2004, 2, 29), dt.date(2023, 3, 1), 19),
    (dt.date(2025, 6, 15), dt.date(2025, 6, 15), 0),
])
def test_age_on(born: dt.date, on: dt.date, expected: int) -> None:
    assert c.age_on(born, on) == expected


def test_today_defaults_to_the_real_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()
    assert c.today() == dt.date.today()


def test_patient_age_from_birth_date_uses_today() -> None:
    assert c.patient_age_years(answers(ans("patient_birth_date", "2007-06-16"))) == 17
    assert c.patient_age_years(answers(ans("patient_birth_date", "2007-06-15"))) == 18


def test_patient_age_falls_back_to_the_age_answer() -> None:
    skipped_date = ans("patient_birth_date", None, AnswerStatus.DONT_KNOW)
    assert c.patient_age_years(answers(skipped_date, ans("patient_age", 12))) == 12
    assert c.patient_age_years(answers(ans("patient_age", 40))) == 40


def test_birth_date_wins_over_the_age_answer() -> None:
    given = answers(ans("patient_birth_date", "1990-01-01"), ans("patient_age", 10))
    assert c.patient_age_years(given) == 35


def test_unusable_ages_are_unknown() -> None:
    assert c.patient_age_years({}) is None
    assert c.patient_age_years(answers(ans("patient_birth_date", "not a date"))) is None
    assert c.patient_age_years(answers(ans("patient_birth_date", "2030-01-01"))) is None
    assert c.patient_age_years(answers(ans("patient_age", True))) is None
    assert c.patient_age_years(answers(ans("patient_age", -3))) is None
    assert c.patient_age_years(answers(ans("patient_age", "12"))) is None


def test_bad_birth_date_string_still_lets_the_age_answer_count() -> None:
    assert c.patient_age_years(answers(ans("patient_birth_date", "31/02/2001"),
                                       ans("patient_age", 9))) == 9


def test_birth_date_unknown() -> None:
    assert c.birth_date_unknown({})
    assert c.birth_date_unknown(answers(ans("patient_birth_date", None, AnswerStatus.SKIPPED)))
    assert c.birth_date_unknown(answers(ans("patient_birth_date", "garbage")))
    assert not c.birth_date_unknown(answers(ans("patient_birth_date", "1990-05-01")))
    assert not c.birth_date_unknown(answers(ans("patient_birth_date", dt.date(1990, 5, 1))))


def test_patient_is_minor_at_the_18th_birthday() -> None:
    assert c.patient_is_minor(answers(ans("patient_birth_date", "2007-06-16")))
    assert not c.patient_is_minor(answers(ans("patient_birth_date", "2007-06-15")))
    assert c.patient_is_minor(answers(ans("patient_age", 17)))
    assert not c.patient_is_minor(answers(ans("patient_age", 18)))


def test_unknown_age_is_not_treated_as_a_minor() -> None:
    assert not c.patient_is_minor({})
    assert not c.patient_is_minor(answers(ans("patient_age", None, AnswerStatus.TELL_LAWYER)))


# --- who decides -----------------------------------------------------------------

def test_is_helper_writing() -> None:
    assert not c.is_helper_writing(answers(ans("writer_role", "patient")))
    for role in ("parent", "family", "friend", "organisation"):
        assert c.is_helper_writing(answers(ans("writer_role", role)))
    assert not c.is_helper_writing({})
    assert not c.is_helper_writing(answers(ans("writer_role", "parent", AnswerStatus.SKIPPED)))


def test_capacity_is_asked_only_of_helpers_for_non_minors() -> None:
    helper = ans("writer_role", "family")
    assert c.should_ask_if_patient_can_decide(answers(helper, ans("patient_age", 40)))
    assert c.should_ask_if_patient_can_decide(answers(helper))   # age unknown
    assert not c.should_ask_if_patient_can_decide(answers(helper, ans("patient_age", 10)))
    assert not c.should_ask_if_patient_can_decide(answers(ans("writer_role", "patient"),
                                                          ans("patient_age", 40)))


def test_needs_guardian() -> None:
    assert c.needs_guardian(answers(ans("patient_age", 10)))
    assert c.needs_guardian(answers(ans("patient_age", 40), ans("patient_can_decide", False)))
    assert not c.needs_guardian(answers(ans("patient_age", 40), ans("patient_can_decide", True)))
    assert not c.needs_guardian(answers(ans("patient_age", 40)))
    assert not c.needs_guardian(answers(ans("patient_age", 40),
                                        ans("patient_can_decide", False, AnswerStatus.DONT_KNOW)))


def test_safe_contact_is_asked_unless_the_applicant_confirmed_safety() -> None:
    assert not c.not_confirmed_safe_to_message(answers(ans("safe_to_message", True)))
    assert c.not_confirmed_safe_to_message(answers(ans("safe_to_message", False)))
    assert c.not_confirmed_safe_to_message(answers(ans("safe_to_message", None, AnswerStatus.DONT_KNOW)))
    assert c.not_confirmed_safe_to_message({})


# --- the case ----------------------------------------------------------------------

def test_request_type_predicates() -> None:
    first = answers(ans("request_type", "first"))
    denied = answers(ans("request_type", "after_denial"))
    refile = answers(ans("request_type", "refile"))
    assert not c.is_after_denial(first) and not c.is_refile(first)
    assert not c.is_refile_or_after_denial(first)
    assert c.is_after_denial(denied) and c.is_refile_or_after_denial(denied)
    assert c.is_refile(refile) and c.is_refile_or_after_denial(refile)
    assert not c.is_refile_or_after_denial({})


def test_has_denial() -> None:
    assert c.has_denial(answers(ans("request_type", "after_denial")))
    assert not c.has_denial(answers(ans("request_type", "first")))
    assert not c.has_denial(answers(ans("request_type", "refile")))
    assert c.has_denial(answers(ans("request_type", "refile"),
                                ans("earlier_request_outcome", "denied")))
    for outcome in ("approved", "withdrawn", "pending"):
        assert not c.has_denial(answers(ans("request_type", "refile"),
                                        ans("earlier_request_outcome", outcome)))
    # An outcome left over from a corrected request type does not count.
    assert not c.has_denial(answers(ans("request_type", "first"),
                                    ans("earlier_request_outcome", "denied")))


def test_denial_cited_other() -> None:
    denied = ans("request_type", "after_denial")
    assert c.denial_cited_other(answers(denied, ans("denial_grounds", ["urgency", "other"])))
    assert not c.denial_cited_other(answers(denied, ans("denial_grounds", ["urgency"])))
    assert not c.denial_cited_other(answers(ans("request_type", "first"),
                                            ans("denial_grounds", ["other"])))


# --- medical, support, finances, travel --------------------------------------------

@pytest.mark.parametrize("predicate, question_id", [
    (c.has_us_provider, "has_us_provider"),
    (c.has_dependents, "has_dependents"),
    (c.has_us_family, "has_us_family"),
    (c.has_travel_companions, "has_travel_companions"),
    (c.has_sponsor, "has_sponsor"),
    (c.has_passport, "has_passport"),
    (c.had_visa_refusal, "visa_refused"),
])
def test_yes_no_follow_ups(predicate, question_id: str) -> None:
    assert predicate(answers(ans(question_id, True)))
    assert not predicate(answers(ans(question_id, False)))
    assert not predicate(answers(ans(question_id, None, AnswerStatus.TELL_LAWYER)))
    assert not predicate({})


def test_has_person_sponsor() -> None:
    sponsor = ans("has_sponsor", True)
    assert c.has_person_sponsor(answers(sponsor, ans("sponsor_status", "citizen")))
    assert c.has_person_sponsor(answers(sponsor))   # status not given
    assert not c.has_person_sponsor(answers(sponsor, ans("sponsor_status", "organisation")))
    assert not c.has_person_sponsor(answers(ans("has_sponsor", False),
                                            ans("sponsor_status", "citizen")))


def test_has_history_to_explain() -> None:
    all_no = answers(*(ans(qid, False) for qid in c.HISTORY_YES_NO_IDS))
    assert not c.has_history_to_explain(all_no)
    assert not c.has_history_to_explain({})
    for qid in c.HISTORY_YES_NO_IDS:
        one_yes = dict(all_no, **{qid: ans(qid, True)})
        assert c.has_history_to_explain(one_yes), qid
        kept_for_lawyer = dict(all_no, **{qid: ans(qid, None, AnswerStatus.TELL_LAWYER)})
        assert not c.has_history_to_explain(kept_for_lawyer), qid
