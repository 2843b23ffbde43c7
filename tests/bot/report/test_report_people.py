"""people: everyone named, by role, verbatim."""
from __future__ import annotations

from .real_cases import RealConversation


def test_complete_case_people_in_role_order(spanish_report):
    assert [(p["role"], p["name"], p["detail"]) for p in spanish_report["people"]] == [
        ("patient", "Carlos Andrés Pérez Martínez", ""),
        ("helper", "Rosa Elena Martínez", ""),
        ("guardian", "Rosa Elena Martínez", ""),
        ("us_family", "Ana López", "tía, ciudadana estadounidense"),
        ("travel_companion", "Rosa Elena Martínez", "madre, lo cuidará"),
        ("treating_doctor", "Dr. Luis Ramos", "hematólogo, Hospital Central, Maracaibo"),
        ("sponsor", "Ana López", "tía"),
        ("statement_writer", "Fundación Esperanza", "grupo de pacientes")]
    sponsor = spanish_report["people"][6]
    assert sponsor == {"role": "sponsor", "role_label": "US financial supporter",
                       "name": "Ana López", "detail": "tía", "source": "sponsors",
                       "language": "es"}


def test_names_in_other_scripts_keep_their_language(arabic_report, chinese_report):
    assert arabic_report["people"] == [{
        "role": "patient", "role_label": "Patient", "name": "أحمد محمود الحسن", "detail": "",
        "source": "patient_name", "language": "ar"}]
    assert [(p["role"], p["name"], p["language"]) for p in chinese_report["people"]] == [
        ("patient", "李华", "zh_Hans"), ("helper", "王小明", "zh_Hans")]


def test_dependents_and_blank_rows():
    report = (RealConversation().say("has_dependents", True, "sí")
              .say("dependents", [{"name": "Sofía", "detail": "hija, 8"},
                                  {"name": " ", "detail": ""}], "Sofía - hija, 8")
              .report())
    assert [(p["role"], p["role_label"], p["name"]) for p in report["people"]] == [
        ("dependent", "Dependent (family relying on the patient)", "Sofía")]


def test_nobody_when_nothing_was_answered(skipped_real_report, first_request_report):
    assert skipped_real_report["people"] == [] and first_request_report["people"] == []


def test_ids_shared_with_small_definitions_are_read_too(complete_report):
    assert [(p["role"], p["name"], p["detail"]) for p in complete_report["people"]] == [
        ("dependent", "Ana", "hija, 8 años"), ("dependent", "Luis", "")]
