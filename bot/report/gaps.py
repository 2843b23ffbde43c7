"""What is still missing, worded as neutral items to ask or gather.

A gap is ``{"kind", "key", "text"}``:

``ask``            the question applies and has no usable answer (missing, skipped,
                   "don't know", or blank): ``"Ask: <question>"``.
``ask_in_person``  the applicant chose to tell the lawyer directly: ask in person,
                   do not chase it in writing.
``gather``         a document that applies and is neither on hand nor received.

The wording states what to ask or collect, never what to argue or how it will go:
the report is for an attorney and gives no advice.
"""
from __future__ import annotations

from typing import Optional

from bot.interview.model import EvidenceItem, Question

from .context import ANSWERED, TELL_LAWYER

#: "Ask: ..." wording per question id, for the questions the elements and denial
#: grounds rely on. Questions not listed fall back to "Ask: <report label>".
ASK_WORDING: dict[str, str] = {
    "writer_role": "Ask: who is writing (the patient or someone helping)?",
    "helper_name": "Ask: the helper's full name.",
    "patient_name": "Ask: the patient's full name as in the passport.",
    "patient_birth_date": "Ask: the patient's date of birth.",
    "patient_age": "Ask: the patient's age.",
    "patient_citizenship": "Ask: which country or countries is the patient a citizen of?",
    "patient_location": "Ask: in which city and country is the patient now?",
    "patient_can_decide": "Ask: can the patient make their own medical decisions?",
    "guardian_name": "Ask: who makes legal decisions for the patient?",
    "guardian_consent": "Ask: do both parents or the guardian agree to the trip?",
    "request_type": "Ask: has the patient asked for parole before?",
    "earlier_request_outcome": "Ask: how did the earlier request end?",
    "earlier_receipt_number": "Ask: the receipt number of the earlier request.",
    "denial_date": "Ask: the date of the denial.",
    "denial_grounds": "Ask: which reasons did the denial letter give?",
    "denial_grounds_other": "Ask: the other reason, in the letter's words.",
    "changes_since_denial": "Ask: what has changed since the denial?",
    "diagnosis": "Ask: what illness does the patient have?",
    "diagnosis_date": "Ask: when was the illness first diagnosed?",
    "current_condition": "Ask: how is the patient's health now?",
    "life_threatening": "Ask: has a doctor said the illness could be life-threatening?",
    "recommended_treatment": "Ask: what treatment did the doctor recommend?",
    "prognosis": "Ask: what did the doctor say happens with, without, or after a delay "
                 "of the treatment?",
    "treatment_deadline": "Ask: by what date must treatment start?",
    "treating_doctors": "Ask: who are the treating doctors and where do they work?",
    "unavailable_reasons": "Ask: why can't the treatment be had in the home country?",
    "home_efforts": "Ask: which hospitals or doctors at home were asked, and what they said.",
    "nearby_countries": "Ask: why can't the treatment be had in a nearby country?",
    "has_us_provider": "Ask: has a US hospital or doctor been found?",
    "us_provider": "Ask: the name and city of the US hospital or doctor.",
    "fit_to_travel": "Ask: can the patient fly, and with what help?",
    "timeline": "Ask: the key dates of the illness (onset, tests, diagnosis, referrals).",
    "has_dependents": "Ask: does anyone depend on the patient?",
    "dependents": "Ask: who depends on the patient, and who cares for them meanwhile?",
    "daily_life_impact": "Ask: how has the illness changed the patient's life and safety?",
    "has_us_family": "Ask: does the patient have family in the US?",
    "us_family": "Ask: who is the US family (relationship, status)?",
    "has_travel_companions": "Ask: will anyone travel with the patient?",
    "travel_companions": "Ask: who travels with the patient, and why?",
    "statement_writers": "Ask: who could write a letter of support?",
    "costs": "Ask: the costs, item by item, with currency.",
    "payers": "Ask: who pays for the treatment and the stay?",
    "funds_available": "Ask: how much money is available now?",
    "has_sponsor": "Ask: will a person or group in the US sign an I-134?",
    "sponsors": "Ask: the name of each US supporter and how they know the patient.",
    "sponsor_status": "Ask: the main supporter's US status.",
    "sponsor_income": "Ask: the main supporter's yearly income.",
    "insurance": "Ask: does insurance pay for any care in the US?",
    "passport_expiry": "Ask: the passport's expiry date.",
    "travel_date": "Ask: the planned arrival date.",
    "stay_length_weeks": "Ask: how many weeks the stay will last.",
    "us_address": "Ask: where will the patient stay in the US?",
    "return_plan": "Ask: how will the patient return home after treatment?",
    "home_ties": "Ask: what ties the patient to home (family, job, property)?",
    "why_not_visa": "Ask: why can't the patient come with a regular visa?",
    "prior_us_visits": "Ask: has the patient had a US visa or been to the US?",
    "visa_refused": "Ask: has the US ever refused the patient a visa?",
    "overstay": "Ask: has the patient ever stayed in the US longer than allowed?",
    "removal": "Ask: has the patient ever been deported or made to leave a country?",
    "arrests": "Ask: has the patient ever been arrested, charged or convicted?",
    "military_service": "Ask: has the patient served in the army, police or government?",
    "other_us_applications": "Ask: has anyone filed another US immigration request for "
                             "the patient?",
    "history_details": "Ask: the dates and details of each history item answered yes.",
    "aftercare_needs": "Ask: what care is needed after the main treatment?",
    "home_followup_doctor": "Ask: which doctor or hospital follows the patient at home?",
    "aftercare_payment": "Ask: how is the care after treatment paid for?",
}

#: Statuses of an applicable question that leave a gap.
OPEN_STATUSES = frozenset({"missing", "skipped", "dont_know", TELL_LAWYER})


def ask_text(question: Question) -> str:
    return ASK_WORDING.get(question.id) or f"Ask: {question.label.rstrip('.?')}."


def question_gap(question: Question, status: Optional[str], given: bool) -> Optional[dict]:
    """The gap a question leaves, or None (answered with a fact, or not applicable)."""
    if status is None or status == "not_asked" or given:
        return None
    if status == TELL_LAWYER:
        text = ask_text(question).replace("Ask: ", "Ask in person: ", 1)
        return {"kind": "ask_in_person", "key": question.id,
                "text": f"{text} (The applicant chose to tell the lawyer directly.)"}
    if status not in OPEN_STATUSES and status != ANSWERED:
        return None
    return {"kind": "ask", "key": question.id, "text": ask_text(question)}


def document_gap(item: EvidenceItem) -> dict:
    return {"kind": "gather", "key": item.key, "text": f"Gather: {item.label}."}
