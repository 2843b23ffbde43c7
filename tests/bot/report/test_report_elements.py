"""elements: the nine elements as data, the status rule, facts, documents and gaps."""
from __future__ import annotations

import pytest

from bot.interview.evidence import EVIDENCE_BY_KEY
from bot.interview.model import AnswerStatus
from bot.interview.questions import QUESTIONS_BY_ID
from bot.report.elements import ELEMENTS, element_status
from bot.report.gaps import ASK_WORDING

from .real_cases import SPANISH_DIAGNOSIS, RealConversation

ORDER = ["urgent_reason", "medical_necessity", "not_available_nearby", "us_treatment_plan",
         "financial_support", "travel_and_return", "security_history", "aftercare",
         "humanitarian_impact"]
HISTORY_NO = ("prior_us_visits", "visa_refused", "overstay", "removal", "arrests",
              "military_service", "other_us_applications")


def element(report: dict, key: str) -> dict:
    return next(item for item in report["elements"] if item["key"] == key)


@pytest.mark.parametrize("facts,documents,required,expected", [
    ([True, True], ["have"], True, "supported"),
    ([True, True], ["need", "received"], True, "supported"),
    ([True, False], ["received"], True, "partly"),
    ([True, True], ["need"], True, "partly"),
    ([True, True], ["not_applicable"], True, "partly"),
    ([], ["have"], True, "partly"),
    ([False, False], ["need"], True, "missing"),
    ([], [], True, "missing"),
    ([True], [], False, "supported"),
    ([True, True], ["need"], False, "supported"),
    ([True, False], [], False, "partly"),
])
def test_status_rule(facts, documents, required, expected):
    assert element_status(facts, documents, required) == expected


def test_the_nine_elements_are_data_on_real_questions_and_documents():
    assert [e.key for e in ELEMENTS] == ORDER
    for definition in ELEMENTS:
        assert definition.label and definition.questions
        for question_id in definition.questions:
            assert question_id in QUESTIONS_BY_ID, (definition.key, question_id)
            assert ASK_WORDING[question_id].startswith("Ask: ")
        for key in definition.documents:
            assert EVIDENCE_BY_KEY[key].is_document, (definition.key, key)
    assert [e.document_required for e in ELEMENTS if not e.documents] == [False]


def test_every_report_has_the_nine_in_order(any_real_report, any_report):
    assert [e["key"] for e in any_real_report["elements"]] == ORDER
    assert [e["key"] for e in any_report["elements"]] == ORDER


def test_complete_case(spanish_report):
    statuses = {e["key"]: e["status"] for e in spanish_report["elements"]}
    assert set(statuses.values()) == {"supported"}
    necessity = element(spanish_report, "medical_necessity")
    assert necessity["gaps"] == [{
        "kind": "gather", "key": "independent_opinion",
        "text": "Gather: A letter from a second doctor who agrees the treatment is needed."}]
    diagnosis = next(f for f in necessity["facts"] if f["id"] == "diagnosis")
    assert diagnosis == {"id": "diagnosis", "label": "Diagnosis (plain words)",
                         "status": "answered", "display": SPANISH_DIAGNOSIS,
                         "raw_text": SPANISH_DIAGNOSIS, "language": "es"}
    docs = {d["key"]: (d["checklist"], d["document_ids"]) for d in necessity["documents"]}
    assert docs == {"physician_letter": ("received", [2]), "medical_records": ("have", []),
                    "independent_opinion": ("need", [])}
    money = element(spanish_report, "financial_support")
    assert [g["key"] for g in money["gaps"]] == ["proof_of_funds"]


def test_everything_skipped_is_missing_with_ask_gaps(skipped_real_report):
    for item in skipped_real_report["elements"]:
        assert item["status"] == "missing", item["key"]
        assert item["facts"] == []
        asks = [gap for gap in item["gaps"] if gap["kind"] == "ask"]
        assert asks and all(gap["text"].startswith("Ask: ") for gap in asks)
    urgent = element(skipped_real_report, "urgent_reason")
    assert {"kind": "ask", "key": "diagnosis",
            "text": "Ask: what illness does the patient have?"} in urgent["gaps"]
    assert {"kind": "gather", "key": "physician_letter",
            "text": "Gather: A letter from the doctor: the illness, the treatment, and what "
                    "happens without it."} in urgent["gaps"]


def test_security_history_is_supported_once_answered_whatever_the_answers():
    def history(yes: tuple[str, ...]) -> dict:
        talk = RealConversation().say("why_not_visa", "la cita tarda un año")
        for question_id in HISTORY_NO:
            talk.say(question_id, question_id in yes, "sí" if question_id in yes else "no")
        if yes:
            talk.say("history_details", [{"date": "2019-01-01", "text": "arresto"}], "arresto")
            if "visa_refused" in yes:
                talk.say("has_refusal_letter", False, "no")
        return element(talk.report(), "security_history")

    clean, heavy = history(()), history(("arrests", "removal", "visa_refused"))
    assert clean["status"] == heavy["status"] == "supported"
    assert clean["gaps"] == []
    # a refusal letter applies once a refusal is reported; it is listed, not required
    assert heavy["gaps"] == [{"kind": "gather", "key": "prior_visa_refusal",
                              "text": "Gather: Any letter refusing the patient a US visa."}]


def test_kept_for_the_lawyer_is_an_ask_in_person_gap():
    talk = RealConversation().say("why_not_visa", "x")
    for question_id in HISTORY_NO:
        talk.say(question_id, False, "no")
    talk.skip("arrests", AnswerStatus.TELL_LAWYER, "al abogado")
    history = element(talk.report(), "security_history")
    assert history["status"] == "partly"
    [gap] = history["gaps"]
    assert gap["kind"] == "ask_in_person" and gap["key"] == "arrests"
    assert gap["text"].startswith("Ask in person: has the patient ever been arrested")


def test_without_any_document_on_hand_every_document_of_the_element_is_listed():
    talk = (RealConversation().say("recommended_treatment", "cirugía")
            .say("has_us_provider", False, "no").say("stay_length_weeks", 8)
            .say("fit_to_travel", "alone", "sí"))
    plan = element(talk.report(), "us_treatment_plan")
    assert plan["status"] == "partly"       # all facts given, no document at all
    assert [d["checklist"] for d in plan["documents"]] == ["not_applicable", "not_applicable"]
    assert [g["key"] for g in plan["gaps"]] == ["us_provider_acceptance", "cost_estimate"]


def test_gap_and_label_wording_gives_no_advice(any_real_report):
    banned = ("you should", "we recommend", "likely", "chance", "will be approved",
              "will be denied", "strong case", "weak case", "guarantee")
    texts = [gap["text"] for e in any_real_report["elements"] for gap in e["gaps"]]
    texts += [gap["text"] for g in any_real_report["denial_grounds"] for gap in g["missing"]]
    texts += [f["detail"] for f in any_real_report["summary"]["flags"]]
    texts += [any_real_report["budget"]["funding_gap"]["note"]]
    for text in texts:
        assert not any(word in text.lower() for word in banned), text
