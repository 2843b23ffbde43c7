"""denial_grounds: per cited ground, what was gathered and what is missing."""
from __future__ import annotations

from bot.interview.model import AnswerStatus
from bot.interview.questions import QUESTIONS

from .handoff_fixtures import Conversation
from .real_cases import RealConversation


def ground(report: dict, key: str) -> dict:
    return next(item for item in report["denial_grounds"] if item["key"] == key)


def test_complete_case_grounds_gathered_and_missing(spanish_report):
    assert [g["key"] for g in spanish_report["denial_grounds"]] == [
        "urgency", "available_elsewhere", "finances"]
    urgency = ground(spanish_report, "urgency")
    facts = {item["key"]: item for item in urgency["gathered"] if item["kind"] == "fact"}
    assert facts["life_threatening"] == {"kind": "fact", "key": "life_threatening",
                                         "label": "Life-threatening (per a doctor)",
                                         "display": "Yes"}
    assert facts["treatment_deadline"]["display"] == "2025-03-30"
    documents = [item for item in urgency["gathered"] if item["kind"] == "document"]
    assert documents == [{"kind": "document", "key": "physician_letter",
                          "label": documents[0]["label"], "display": "Received (1 file)"}]
    # "do you have the letter?" counts through the document, not as a fact too
    assert "has_physician_letter" not in facts
    assert [gap["key"] for gap in urgency["missing"]] == ["independent_opinion"]
    finances = ground(spanish_report, "finances")
    assert {"kind": "gather", "key": "proof_of_funds",
            "text": "Gather: Proof of money for the costs, such as bank statements."
            } in finances["missing"]
    gathered = {item["key"]: item["display"] for item in finances["gathered"]}
    assert gathered["costs"][0] == "Terapia CAR-T: 450,000.00 USD"
    assert gathered["cost_estimate"] == "Applicant has it"
    # the 1.0 fields are kept
    assert [q["id"] for q in finances["questions"]] == [
        q.id for q in QUESTIONS if "finances" in q.grounds]


def test_a_ground_with_nothing_answered_lists_what_to_ask():
    talk = (RealConversation().say("request_type", "after_denial")
            .say("denial_grounds", ["finances"], "dinero"))
    for question_id in ("costs", "payers", "funds_available", "insurance"):
        talk.skip(question_id)
    talk.skip("has_sponsor", AnswerStatus.TELL_LAWYER, "abogado")
    finances = ground(talk.report(), "finances")
    assert finances["gathered"] == []
    missing = {gap["key"]: gap["kind"] for gap in finances["missing"]}
    assert missing["costs"] == "ask" and missing["funds_available"] == "ask"
    assert missing["proof_of_funds"] == "gather"
    assert missing["sponsor_i134"] == "gather"      # kept for the lawyer: still needed


def test_no_grounds_without_a_reported_denial(arabic_report, skipped_real_report):
    assert arabic_report["denial_grounds"] == []
    assert skipped_real_report["denial_grounds"] == []


def test_small_definitions_grounds_have_gathered_and_missing(complete_report):
    urgency = ground(complete_report, "urgency")
    assert {"kind": "fact", "key": "diagnosis", "label": "Diagnosis",
            "display": "cáncer de mama, etapa 3"} in urgency["gathered"]
    assert {"kind": "document", "key": "doctor_letter", "label": "Doctor's letter",
            "display": "Applicant has it"} in urgency["gathered"]
    finances = ground(complete_report, "finances")
    assert finances["missing"] == [{"kind": "gather", "key": "sponsor_form",
                                    "text": "Gather: Form I-134."}]


def test_unknown_ground_has_empty_lists():
    report = (Conversation().answer("request_type", "refile")
              .answer("denial_grounds", ["mystery"]).report())
    assert ground(report, "mystery")["gathered"] == []
    assert ground(report, "mystery")["missing"] == []
