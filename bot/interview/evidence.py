"""What an attorney needs to see, and the grounds a denial notice may cite.

Evidence items come from domain-notes.md ("Medical evidence", "Handoff data
fields") and the seed article. ``is_document`` items are papers the applicant can
gather; they make up the applicant's "documents to gather" list, so their labels
are plain things to find. The other items are facts the interview itself collects.

A question names an item in ``Question.evidence`` when its answer gives that
evidence: for a document, the answer says whether the applicant has it (a yes/no
such as "Do you have the denial letter?"); for facts, the answer is the fact.
:func:`evidence_questions` derives item -> questions from those links, so the
mapping has one source.

Labels are English msgids (``N_``); denial ground keys double as the choice keys
of the "reasons the denial gave" question.
"""
from __future__ import annotations

import dataclasses
from typing import Iterable

from bot.i18n.markers import N_
from bot.interview.model import DenialGround, EvidenceItem, Question

EVIDENCE_ITEMS: tuple[EvidenceItem, ...] = (
    # Papers to gather.
    EvidenceItem("denial_notice", N_("The denial letter, or clear photos of every page")),
    EvidenceItem("physician_letter", N_(
        "A letter from the doctor: the illness, the treatment, and what happens without it")),
    EvidenceItem("medical_records", N_(
        "Medical records: scans, test results, biopsy reports, prescriptions, past treatment")),
    EvidenceItem("independent_opinion", N_(
        "A letter from a second doctor who agrees the treatment is needed")),
    EvidenceItem("us_provider_acceptance", N_(
        "A letter from the US hospital or doctor saying they will treat the patient")),
    EvidenceItem("cost_estimate", N_("A written price for the treatment from the US hospital or doctor")),
    EvidenceItem("proof_of_funds", N_("Proof of money for the costs, such as bank statements")),
    EvidenceItem("sponsor_i134", N_(
        "The US supporter's proof of status and income, for the support form (I-134)")),
    EvidenceItem("passport", N_("The patient's passport (the page with the photo)")),
    EvidenceItem("prior_visa_refusal", N_("Any letter refusing the patient a US visa")),
    EvidenceItem("parental_consent", N_(
        "Signed consent from both parents or the legal guardian for the trip")),
    EvidenceItem("guardian_documents", N_(
        "Papers on who decides for the patient: birth certificate, court order or power of attorney")),
    EvidenceItem("support_statements", N_(
        "Letters of support from family, employers, teachers or groups")),
    # Facts the interview gathers.
    EvidenceItem("medical_need", N_(
        "The illness, how serious it is, and why treatment cannot wait"), is_document=False),
    EvidenceItem("treatment_plan", N_(
        "The treatment: what it is, where, when it must start, how long it takes"),
        is_document=False),
    EvidenceItem("unavailable_at_home", N_(
        "Why the treatment cannot be had at home or in a nearby country"), is_document=False),
    EvidenceItem("fitness_to_travel", N_(
        "Whether the patient can fly, and with what help"), is_document=False),
    EvidenceItem("budget", N_("The costs, item by item, and who pays them"), is_document=False),
    EvidenceItem("insurance_limits", N_(
        "What the patient's insurance pays for in the US"), is_document=False),
    EvidenceItem("travel_plan", N_(
        "The travel plan: dates, length of stay, address in the US, who comes along"),
        is_document=False),
    EvidenceItem("return_plan_home_ties", N_(
        "The plan to return home, and what ties the patient to home"), is_document=False),
    EvidenceItem("immigration_history", N_(
        "Past US visas, refusals, overstays, removals, arrests, and why a visa won't work"),
        is_document=False),
    EvidenceItem("humanitarian_impact", N_(
        "How the illness affects the patient's family, work and safety"), is_document=False),
    EvidenceItem("aftercare_plan", N_(
        "The plan for care after treatment, and how it is paid"), is_document=False),
    EvidenceItem("fee_exemption_facts", N_(
        "Facts for a fee exemption: a life-threatening illness, no treatment at home"),
        is_document=False),
)

EVIDENCE_BY_KEY: dict[str, EvidenceItem] = {item.key: item for item in EVIDENCE_ITEMS}

DENIAL_GROUNDS: tuple[DenialGround, ...] = (
    DenialGround("urgency", N_("Not urgent enough")),
    DenialGround("available_elsewhere", N_("Treatment available at home or nearby")),
    DenialGround("other_route", N_("A visa or another way is available")),
    DenialGround("finances", N_("Not enough money or support shown")),
    DenialGround("security_history", N_("Crime, immigration or security history")),
    DenialGround("missing_evidence", N_("Papers were missing")),
    DenialGround("other", N_("Another reason")),
)

DENIAL_GROUNDS_BY_KEY: dict[str, DenialGround] = {ground.key: ground for ground in DENIAL_GROUNDS}


def evidence_questions(questions: Iterable[Question]) -> dict[str, tuple[str, ...]]:
    """Map every evidence key to the ids of the questions that speak to it, in asking order.

    Items no question names map to an empty tuple. Raises ValueError for a
    question naming an unknown item, so a typo cannot silently drop evidence.
    """
    mapping: dict[str, list[str]] = {item.key: [] for item in EVIDENCE_ITEMS}
    for question in questions:
        for key in question.evidence:
            if key not in mapping:
                raise ValueError(f"question {question.id!r} names unknown evidence {key!r}")
            mapping[key].append(question.id)
    return {key: tuple(ids) for key, ids in mapping.items()}


def evidence_items_with_questions(questions: Iterable[Question]) -> tuple[EvidenceItem, ...]:
    """EVIDENCE_ITEMS with each item's ``questions`` filled in from the question links."""
    mapping = evidence_questions(questions)
    return tuple(dataclasses.replace(item, questions=mapping[item.key]) for item in EVIDENCE_ITEMS)


def ground_questions(questions: Iterable[Question]) -> dict[str, tuple[str, ...]]:
    """Map every denial ground key to the ids of the questions that help answer it."""
    mapping: dict[str, list[str]] = {ground.key: [] for ground in DENIAL_GROUNDS}
    for question in questions:
        for key in question.grounds:
            if key not in mapping:
                raise ValueError(f"question {question.id!r} names unknown denial ground {key!r}")
            mapping[key].append(question.id)
    return {key: tuple(ids) for key, ids in mapping.items()}
