"""The first screen of the report: who, what, when, the request's history, and flags.

Facts come straight from the answers (``ReportContext.fact``: label, status, English
display, the applicant's words). Computed values, all counted to the report's date
(``generated_at``, UTC):

``who.patient_age``   ``years`` from ``patient_birth_date`` (age at the report date)
                      if given, else the stated ``patient_age``; ``source`` says which.
``when.days_left``    days from the report date to ``treatment_deadline``; negative
                      when the date has passed.

Flags (``summary.flags``): a list of the ones that hold, in this order, each with a
stable ``key``, an English ``label``, a ``detail`` and the ``reasons`` (stable keys):

``urgent``               the treatment window closes in under 30 days
                         (``deadline_within_30_days``) or has passed
                         (``deadline_passed``), or a doctor called the illness
                         life-threatening (``life_threatening``: the applicant's answer).
``not_safe_to_contact``  ``safe_to_message`` answered no.
``contact_requested``    an event of that kind.
``sensitive_history``    overstay, removal, arrests, military service or a visa refusal
                         answered yes, or any immigration/security history question
                         kept for the lawyer. It says an answer exists, never what it
                         means.
``minor_patient``        the patient's age is under 18.
``opted_out``            an ``opted_out`` event, or the case's ``opted_out`` attribute.
``deletion_requested``   an event of that kind.
``unfinished``           the interview is not completed.
"""
from __future__ import annotations

from typing import Any, Optional

from bot.interview.conditions import ADULT_AGE, age_on
from bot.interview.urgency import URGENT_WINDOW_DAYS   # one window for report, list, notices

from .context import TELL_LAWYER, ReportContext, as_date

#: Yes answers that make the history sensitive, and every history question (a
#: reply kept for the lawyer on any of them counts too).
SENSITIVE_YES_QUESTIONS = ("overstay", "removal", "arrests", "military_service",
                           "visa_refused")
HISTORY_QUESTIONS = ("prior_us_visits", "visa_refused", "has_refusal_letter", "overstay",
                     "removal", "arrests", "military_service", "other_us_applications",
                     "history_details")

FLAG_LABELS = {
    "urgent": "Urgent",
    "not_safe_to_contact": "Not safe to contact",
    "contact_requested": "Contact requested",
    "sensitive_history": "Sensitive history",
    "minor_patient": "Minor patient",
    "opted_out": "Opted out of messages",
    "deletion_requested": "Deletion requested",
    "unfinished": "Unfinished",
}
FLAG_KEYS = tuple(FLAG_LABELS)

REQUEST_KIND_LABELS = {
    "first": "First request",
    "refile": "Refile (asking again)",
    "after_denial": "After a denial",
}


def patient_age(ctx: ReportContext) -> dict:
    """``{"years", "source"}``: from the birth date at the report date, else as stated."""
    born = as_date(ctx.value("patient_birth_date"))
    if born is not None and born <= ctx.today:
        return {"years": age_on(born, ctx.today), "source": "patient_birth_date"}
    stated = ctx.value("patient_age")
    if isinstance(stated, int) and not isinstance(stated, bool) and stated >= 0:
        return {"years": stated, "source": "patient_age"}
    return {"years": None, "source": None}


def days_left(ctx: ReportContext) -> Optional[int]:
    deadline = as_date(ctx.value("treatment_deadline"))
    return None if deadline is None else (deadline - ctx.today).days


def _choice_label(ctx: ReportContext, question_id: str, key: Any) -> Optional[str]:
    question = ctx.questions_by_id.get(question_id)
    if question is None or key is None:
        return None
    return next((c.label for c in question.choices if c.key == key), str(key))


def request_status(ctx: ReportContext) -> dict:
    kind = ctx.value("request_type")
    outcome = ctx.value("earlier_request_outcome")
    denial = as_date(ctx.value("denial_date"))
    if kind is None:
        label = "Not stated"
    else:
        label = REQUEST_KIND_LABELS.get(kind) or _choice_label(ctx, "request_type", kind)
        if kind == "refile" and outcome is not None:
            label += f"; earlier request: {_choice_label(ctx, 'earlier_request_outcome', outcome)}"
    return {
        "kind": kind if isinstance(kind, str) else None,
        "label": label,
        "earlier_request_outcome": outcome if isinstance(outcome, str) else None,
        "earlier_receipt_number": ctx.value("earlier_receipt_number"),
        "denial_date": denial.isoformat() if denial else None,
    }


def build_flags(ctx: ReportContext, age: dict, left: Optional[int]) -> list[dict]:
    """The flags that hold, in ``FLAG_KEYS`` order (module docstring)."""
    kinds = {event.kind for event in ctx.events}
    flags: list[dict] = []

    def add(key: str, detail: str, reasons: tuple[str, ...] = ()) -> None:
        flags.append({"key": key, "label": FLAG_LABELS[key], "detail": detail,
                      "reasons": list(reasons)})

    reasons, details = [], []
    if left is not None and left < 0:
        reasons.append("deadline_passed")
        details.append(f"the treatment start date passed {-left} day{'s' if left != -1 else ''} ago")
    elif left is not None and left < URGENT_WINDOW_DAYS:
        reasons.append("deadline_within_30_days")
        details.append(f"treatment must start in {left} day{'s' if left != 1 else ''}")
    if ctx.value("life_threatening") is True:
        reasons.append("life_threatening")
        details.append("the applicant says a doctor called the illness life-threatening")
    if reasons:
        detail = "; ".join(details)
        add("urgent", detail[0].upper() + detail[1:] + ".", tuple(reasons))

    if ctx.value("safe_to_message") is False:
        add("not_safe_to_contact", "The applicant said it is not safe to message them on "
            "this channel. Agree a safe way before any contact.")
    if "contact_requested" in kinds:
        add("contact_requested", "The applicant asked to talk to a person.")

    said_yes = [qid for qid in SENSITIVE_YES_QUESTIONS if ctx.value(qid) is True]
    kept = [qid for qid in HISTORY_QUESTIONS if ctx.status(qid) == TELL_LAWYER]
    if said_yes or kept:
        parts = []
        if said_yes:
            parts.append("answered yes: " + "; ".join(_label(ctx, q) for q in said_yes))
        if kept:
            parts.append("kept for the lawyer: " + "; ".join(_label(ctx, q) for q in kept))
        add("sensitive_history", "History questions " + "; and ".join(parts)
            + ".",
            tuple(dict.fromkeys(said_yes + kept)))

    if age["years"] is not None and age["years"] < ADULT_AGE:
        add("minor_patient", f"The patient is {age['years']} (under {ADULT_AGE}): parental or "
            "guardian consent papers apply.")
    if "opted_out" in kinds or getattr(ctx.case, "opted_out", False) is True:
        add("opted_out", "The applicant opted out of messages on this channel.")
    if "deletion_requested" in kinds:
        add("deletion_requested", "The applicant asked for their data to be deleted.")
    completed = ctx.case.completed_at is not None or ctx.case.status == "completed"
    if not completed:
        add("unfinished", "The applicant has not completed the interview.")
    return flags


def _label(ctx: ReportContext, question_id: str) -> str:
    return ctx.questions_by_id[question_id].label


def build_summary(ctx: ReportContext) -> dict:
    age = patient_age(ctx)
    left = days_left(ctx)
    deadline = as_date(ctx.value("treatment_deadline"))
    role = ctx.value("writer_role")
    return {
        "who": {
            "patient_name": ctx.fact("patient_name"),
            "helper_name": ctx.fact("helper_name"),
            "helper_role": ctx.fact("writer_role"),
            "writer_is_patient": (role == "patient") if isinstance(role, str) else None,
            "patient_age": age,
            "patient_birth_date": ctx.fact("patient_birth_date"),
            "citizenship": ctx.fact("patient_citizenship"),
            "location": ctx.fact("patient_location"),
        },
        "what": {
            "diagnosis": ctx.fact("diagnosis"),
            "recommended_treatment": ctx.fact("recommended_treatment"),
            "us_provider": ctx.fact("us_provider"),
        },
        "when": {
            "treatment_deadline": deadline.isoformat() if deadline else None,
            "days_left": left,
            "counted_from": ctx.today.isoformat(),
        },
        "request": request_status(ctx),
        "language": ctx.case.language,
        "channel": ctx.case.channel,
        "flags": build_flags(ctx, age, left),
    }
