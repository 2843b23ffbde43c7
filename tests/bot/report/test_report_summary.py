"""summary: who / what / when / request, and the flags list with their rules."""
from __future__ import annotations

import dataclasses
import datetime as dt
import types

import pytest

from bot.interview.model import AnswerStatus

from .handoff_fixtures import GENERATED_AT, CaseRow
from .real_cases import ARABIC_DIAGNOSIS, SPANISH_DIAGNOSIS, RealConversation


def flag_keys(report: dict) -> list[str]:
    return [flag["key"] for flag in report["summary"]["flags"]]


def flag(report: dict, key: str) -> dict:
    return next(item for item in report["summary"]["flags"] if item["key"] == key)


def test_who_what_when_of_the_complete_case(spanish_report):
    summary = spanish_report["summary"]
    who, what = summary["who"], summary["what"]
    assert who["patient_name"]["display"] == "Carlos Andrés Pérez Martínez"
    assert who["helper_name"]["display"] == "Rosa Elena Martínez"
    assert who["helper_role"]["display"] == "The patient's parent or guardian"
    assert who["helper_role"]["raw_text"] == "soy la mamá"
    assert who["writer_is_patient"] is False
    assert who["patient_age"] == {"years": 9, "source": "patient_birth_date"}
    assert who["citizenship"]["display"] == "Venezuela"
    assert who["location"]["display"] == "Maracaibo, Venezuela"
    assert what["diagnosis"]["raw_text"] == SPANISH_DIAGNOSIS
    assert what["diagnosis"]["language"] == "es"
    assert what["recommended_treatment"]["display"] == "Terapia CAR-T"
    assert what["us_provider"]["display"] == "Children's Hospital of Philadelphia, Philadelphia"
    assert summary["when"] == {"treatment_deadline": "2025-03-30", "days_left": 21,
                               "counted_from": "2025-03-09"}
    assert summary["request"] == {
        "kind": "after_denial", "label": "After a denial", "earlier_request_outcome": None,
        "earlier_receipt_number": "IOE0912345678", "denial_date": "2025-01-15"}
    assert (summary["language"], summary["channel"]) == ("es", "whatsapp")


def test_flags_of_the_complete_case(spanish_report):
    assert flag_keys(spanish_report) == ["urgent", "sensitive_history", "minor_patient"]
    urgent = flag(spanish_report, "urgent")
    assert urgent["reasons"] == ["deadline_within_30_days", "life_threatening"]
    assert "21 days" in urgent["detail"] and "life-threatening" in urgent["detail"]
    assert flag(spanish_report, "sensitive_history")["reasons"] == ["visa_refused"]
    assert "9" in flag(spanish_report, "minor_patient")["detail"]
    # format 1.0 flags are still there and agree
    assert spanish_report["flags"] == {"contact_requested": False, "deletion_requested": False,
                                       "not_safe_to_contact": False, "completed": True}


def test_arabic_case_passed_deadline_history_and_contact(arabic_report):
    summary = arabic_report["summary"]
    assert summary["what"]["diagnosis"]["raw_text"] == ARABIC_DIAGNOSIS
    assert summary["who"]["patient_age"] == {"years": 44, "source": "patient_birth_date"}
    assert summary["who"]["writer_is_patient"] is True
    assert summary["when"]["days_left"] == -17
    assert flag_keys(arabic_report) == ["urgent", "contact_requested", "sensitive_history",
                                        "unfinished"]
    assert flag(arabic_report, "urgent")["reasons"] == ["deadline_passed"]
    assert "passed 17 days ago" in flag(arabic_report, "urgent")["detail"]
    sensitive = flag(arabic_report, "sensitive_history")
    assert sensitive["reasons"] == ["arrests", "overstay"]
    assert "kept for the lawyer" in sensitive["detail"]


def test_chinese_case_stated_age_refile_not_safe_and_opted_out(chinese_report):
    summary = chinese_report["summary"]
    assert summary["who"]["patient_age"] == {"years": 45, "source": "patient_age"}
    assert summary["who"]["helper_name"]["raw_text"] == "王小明"
    assert summary["request"]["kind"] == "refile"
    assert summary["request"]["label"] == "Refile (asking again); earlier request: It was denied"
    assert summary["request"]["earlier_request_outcome"] == "denied"
    assert flag_keys(chinese_report) == ["urgent", "not_safe_to_contact", "opted_out",
                                         "unfinished"]
    assert flag(chinese_report, "urgent")["reasons"] == ["deadline_within_30_days"]


@pytest.mark.parametrize("deadline,urgent,reason", [
    ("2025-04-07", True, "deadline_within_30_days"),    # 29 days left
    ("2025-04-08", False, None),                        # 30 days left
    ("2025-03-09", True, "deadline_within_30_days"),    # today
    ("2025-03-08", True, "deadline_passed"),
])
def test_urgent_window_is_under_30_days_from_the_report_date(deadline, urgent, reason):
    report = RealConversation().say("treatment_deadline", deadline).report()
    assert ("urgent" in flag_keys(report)) is urgent
    if urgent:
        assert flag(report, "urgent")["reasons"] == [reason]


def test_days_left_are_counted_from_generated_at_not_today():
    talk = RealConversation().say("treatment_deadline", "2025-03-30")
    later = talk.report(generated_at=GENERATED_AT + dt.timedelta(days=10))
    assert later["summary"]["when"]["days_left"] == 11
    assert later["summary"]["when"]["counted_from"] == "2025-03-19"


def test_life_threatening_alone_is_urgent_and_says_why():
    report = RealConversation().say("life_threatening", True, "sí").report()
    assert flag(report, "urgent")["reasons"] == ["life_threatening"]
    assert RealConversation().say("life_threatening", False).report()["summary"]["flags"][0][
        "key"] == "unfinished"


@pytest.mark.parametrize("generated,years,minor", [
    (dt.datetime(2025, 3, 9, 12, tzinfo=dt.timezone.utc), 17, True),
    (dt.datetime(2025, 3, 10, 12, tzinfo=dt.timezone.utc), 18, False),
])
def test_age_is_computed_at_the_report_date(generated, years, minor):
    report = RealConversation().say("patient_birth_date", "2007-03-10").report(
        generated_at=generated)
    assert report["summary"]["who"]["patient_age"]["years"] == years
    assert ("minor_patient" in flag_keys(report)) is minor


def test_history_answered_no_is_not_sensitive_but_kept_for_lawyer_is():
    talk = RealConversation()
    for question_id in ("prior_us_visits", "visa_refused", "overstay", "removal", "arrests",
                        "military_service", "other_us_applications"):
        talk.say(question_id, False, "no")
    assert "sensitive_history" not in flag_keys(talk.report())
    talk.skip("prior_us_visits", AnswerStatus.TELL_LAWYER, "abogado")
    assert flag(talk.report(), "sensitive_history")["reasons"] == ["prior_us_visits"]


def test_opted_out_from_the_case_attribute_and_deletion_from_events():
    fields = {f.name: getattr(CaseRow(), f.name) for f in dataclasses.fields(CaseRow())}
    case = types.SimpleNamespace(**fields, opted_out=True)
    talk = RealConversation(case)
    talk.event("deletion_requested")
    keys = flag_keys(talk.report())
    assert "opted_out" in keys and "deletion_requested" in keys
    assert keys.index("opted_out") < keys.index("deletion_requested") < keys.index("unfinished")


def test_summary_of_small_definitions_has_nulls_not_errors(complete_report):
    """The fixture interview has none of the real ids: facts are null, nothing raises."""
    who = complete_report["summary"]["who"]
    assert who["patient_name"] is None and who["patient_age"] == {"years": None, "source": None}
    assert complete_report["summary"]["request"]["kind"] == "denial_response"
