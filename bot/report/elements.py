"""The nine elements an adjudicator weighs, and how far the intake supports each.

Each :class:`Element` names the questions whose answers are its facts and the
document evidence items that back it (domain-notes.md, "Medical evidence" and
"Handoff data fields"; the seed article on denials). Its status, first rule that holds:

``supported``  at least one of its questions applies, every applicable question is
               answered with a fact (any yes/no answer counts: "no overstay" is a
               fact), and, when the element requires a document, at least one of its
               documents is on hand or received (checklist ``have``/``received``).
``partly``     some fact is given, or some document is on hand or received.
``missing``    nothing yet.

Security and immigration history does not require a document: it is ``supported``
when its history questions are answered, whatever the answers are. The report never
weighs the history itself. An answer kept for the lawyer leaves an "ask in person"
gap, so that element is at most ``partly`` until the lawyer has asked.

``gaps`` lists what is missing as neutral items (``gaps.py``): every applicable
question without a fact, and the documents still needed. When none of an element's
required documents is on hand, all of them are listed, even those whose question
did not apply yet (e.g. the US provider's letter before any provider is found),
because the element has no document at all.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from .context import ReportContext
from .gaps import document_gap, question_gap

ELEMENT_STATUSES = ("supported", "partly", "missing")
ELEMENT_STATUS_WORDS = {"supported": "Supported", "partly": "Partly supported",
                        "missing": "Missing"}


@dataclass(frozen=True)
class Element:
    key: str
    label: str
    questions: tuple[str, ...]
    documents: tuple[str, ...] = ()
    document_required: bool = True


ELEMENTS: tuple[Element, ...] = (
    Element(
        "urgent_reason", "Urgent humanitarian reason",
        questions=("diagnosis", "current_condition", "life_threatening", "treatment_deadline",
                   "timeline", "changes_since_denial"),
        documents=("physician_letter", "medical_records"),
    ),
    Element(
        "medical_necessity", "Medical necessity and prognosis",
        questions=("diagnosis", "diagnosis_date", "recommended_treatment", "prognosis",
                   "treating_doctors"),
        documents=("physician_letter", "medical_records", "independent_opinion"),
    ),
    Element(
        "not_available_nearby", "Treatment not available at home or nearby",
        questions=("patient_citizenship", "patient_location", "unavailable_reasons",
                   "home_efforts", "nearby_countries"),
        documents=("physician_letter", "independent_opinion"),
    ),
    Element(
        "us_treatment_plan", "Feasibility of the treatment plan in the US",
        questions=("recommended_treatment", "has_us_provider", "us_provider",
                   "stay_length_weeks", "fit_to_travel"),
        documents=("us_provider_acceptance", "cost_estimate"),
    ),
    Element(
        "financial_support", "Financial support",
        questions=("costs", "payers", "funds_available", "has_sponsor", "sponsors",
                   "sponsor_status", "sponsor_income", "insurance"),
        documents=("proof_of_funds", "sponsor_i134", "cost_estimate"),
    ),
    Element(
        "travel_and_return", "Travel plan and return",
        questions=("passport_expiry", "travel_date", "stay_length_weeks", "us_address",
                   "has_travel_companions", "travel_companions", "return_plan", "home_ties",
                   "guardian_name"),
        documents=("passport", "parental_consent", "guardian_documents"),
    ),
    Element(
        "security_history", "Security and immigration history",
        questions=("prior_us_visits", "visa_refused", "overstay", "removal", "arrests",
                   "military_service", "other_us_applications", "history_details",
                   "why_not_visa"),
        documents=("prior_visa_refusal",),
        document_required=False,
    ),
    Element(
        "aftercare", "Aftercare and compliance",
        questions=("aftercare_needs", "home_followup_doctor", "aftercare_payment",
                   "return_plan"),
        documents=(),
        document_required=False,
    ),
    Element(
        "humanitarian_impact", "Humanitarian impact (dependents, caregivers, vulnerability)",
        questions=("has_dependents", "dependents", "daily_life_impact", "has_us_family",
                   "us_family", "travel_companions", "patient_can_decide"),
        documents=("support_statements",),
    ),
)


def element_status(facts: Sequence[bool], documents: Sequence[str],
                   document_required: bool) -> str:
    """The rule of the module docstring.

    ``facts``: one bool per *applicable* question (answered with a fact or not);
    ``documents``: the checklist statuses of the element's document items.
    """
    on_hand = any(status in ("have", "received") for status in documents)
    if facts and all(facts) and (on_hand or not document_required):
        return "supported"
    if any(facts) or on_hand:
        return "partly"
    return "missing"


def element_entries(ctx: ReportContext, evidence: Sequence[dict],
                    elements: Sequence[Element] = ELEMENTS) -> list[dict]:
    """``elements``: each element with its status, facts, documents and gaps."""
    evidence_by_key: Mapping[str, dict] = {entry["key"]: entry for entry in evidence}
    items_by_key = {item.key: item for item in ctx.evidence_items}
    result = []
    for element in elements:
        questions = [ctx.questions_by_id[qid] for qid in element.questions if ctx.defined(qid)]
        applicable = [q for q in questions if ctx.applies(q.id)]
        given = {q.id: ctx.given(q.id) for q in applicable}
        documents = [evidence_by_key[key] for key in element.documents
                     if key in evidence_by_key and evidence_by_key[key]["is_document"]]
        checklist = [entry["checklist"] for entry in documents]
        status = element_status([given[q.id] for q in applicable], checklist,
                                element.document_required)

        gaps = [gap for gap in (question_gap(q, ctx.status(q.id), given[q.id])
                                for q in applicable) if gap is not None]
        on_hand = any(state in ("have", "received") for state in checklist)
        for entry in documents:
            if entry["checklist"] == "need" or (
                    element.document_required and not on_hand
                    and entry["checklist"] == "not_applicable"):
                gaps.append(document_gap(items_by_key[entry["key"]]))
        result.append({
            "key": element.key,
            "label": element.label,
            "status": status,
            "document_required": element.document_required,
            "facts": [ctx.fact(q.id) for q in applicable if given[q.id]],
            "documents": [
                {"key": entry["key"], "label": entry["label"],
                 "checklist": entry["checklist"],
                 "document_ids": [ref["id"] for ref in entry["documents"]]}
                for entry in documents
            ],
            "gaps": gaps,
        })
    return result
