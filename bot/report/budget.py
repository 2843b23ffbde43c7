"""The money picture: costs, totals per currency, funds, payers, sponsor, insurance.

Amounts are never converted or added across currencies (the intake has no exchange
rate, and a guess would mislead). So:

``totals``         one total per currency of the cost lines (``costs`` answer).
``funding_gap``    for each currency that has both costs and the money available now
                   (``funds_available``): ``gap = costs - funds`` (positive: costs
                   exceed funds; negative: funds exceed costs). Costs in other
                   currencies are listed in ``not_comparable``; ``status`` is
                   ``computed`` (every cost currency compared), ``partial`` (some),
                   ``not_computable`` (costs and funds in different currencies only)
                   or ``no_data`` (no costs or no funds given).
``fee_exemption_facts``
                   the answers that bear on a parole-fee exemption (life-threatening
                   illness, treatment unavailable at home, a minor patient, the
                   guardian), stated as facts. The report draws no conclusion.

Amounts are decimal strings (every digit kept); ``display`` is Babel-formatted
English with the ISO code ("1,500.50 USD").
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any, Optional

from bot.interview.conditions import ADULT_AGE

from .context import ReportContext
from .display import format_money

FEE_EXEMPTION_QUESTIONS = ("life_threatening", "unavailable_reasons", "nearby_countries",
                           "guardian_name")


def _amount(value: Any) -> Optional[Decimal]:
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError, TypeError):
        return None
    return amount if amount.is_finite() else None


def _text(amount: Decimal) -> str:
    """A decimal as plain digits, no exponent ("42820.50")."""
    return format(amount, "f")


def _money(amount: Decimal, currency: str) -> dict:
    return {"amount": _text(amount), "currency": currency,
            "display": format_money(amount, currency)}


def _currency(value: Any) -> Optional[str]:
    if isinstance(value, str) and len(value.strip()) == 3 and value.strip().isalpha():
        return value.strip().upper()
    return None


def cost_lines(ctx: ReportContext) -> list[dict]:
    """Each cost line as given; ``counted`` is False for a line without a usable
    amount or currency (shown, but left out of the totals)."""
    value = ctx.value("costs")
    language = ctx.entries["costs"]["language"] if ctx.defined("costs") else None
    lines = []
    for entry in value if isinstance(value, list) else []:
        if not isinstance(entry, dict):
            continue
        amount, currency = _amount(entry.get("amount")), _currency(entry.get("currency"))
        counted = amount is not None and currency is not None
        lines.append({
            "label": str(entry.get("label") or ""),
            "language": language,
            "amount": _text(amount) if amount is not None else str(entry.get("amount")),
            "currency": currency or str(entry.get("currency") or ""),
            "display": format_money(amount, currency) if counted else
            f"{entry.get('amount')} {entry.get('currency') or ''}".strip(),
            "counted": counted,
        })
    return lines


def totals(lines: list[dict]) -> dict[str, Decimal]:
    """Sum per currency, in the order currencies first appear."""
    sums: dict[str, Decimal] = {}
    for line in lines:
        if line["counted"]:
            sums[line["currency"]] = sums.get(line["currency"], Decimal(0)) + Decimal(line["amount"])
    return sums


def funds(ctx: ReportContext) -> Optional[tuple[Decimal, str]]:
    value = ctx.value("funds_available")
    if not isinstance(value, dict):
        return None
    amount, currency = _amount(value.get("amount")), _currency(value.get("currency"))
    return (amount, currency) if amount is not None and currency is not None else None


def funding_gap(sums: dict[str, Decimal], available: Optional[tuple[Decimal, str]]) -> dict:
    if not sums or available is None:
        missing = [name for name, absent in (("costs", not sums), ("funds available",
                                                                      available is None)) if absent]
        return {"status": "no_data", "by_currency": [], "not_comparable": sorted(sums),
                "note": "Cannot be computed: no " + " and no ".join(missing) + " given."}
    amount, currency = available
    by_currency = []
    if currency in sums:
        gap = sums[currency] - amount
        if gap > 0:
            words = f"Costs exceed the money available by {format_money(gap, currency)}."
        elif gap < 0:
            words = f"The money available exceeds the costs by {format_money(-gap, currency)}."
        else:
            words = "The money available equals the costs."
        by_currency.append({"currency": currency, "costs": _text(sums[currency]),
                            "funds": _text(amount), "gap": _text(gap),
                            "display": words})
    others = [name for name in sums if name != currency]
    if not by_currency:
        status = "not_computable"
        note = (f"Cannot be computed across currencies: costs are in {', '.join(sums)}, "
                f"the money available is in {currency}. Amounts are not converted.")
    elif others:
        status = "partial"
        note = (f"Computed for {currency} only; costs in {', '.join(others)} have no money "
                "available stated in the same currency. Amounts are not converted.")
    else:
        status = "computed"
        note = f"Computed in {currency}."
    return {"status": status, "by_currency": by_currency, "not_comparable": others,
            "note": note}


def fee_exemption_facts(ctx: ReportContext, age_years: Optional[int]) -> list[dict]:
    facts = [ctx.fact(qid) for qid in FEE_EXEMPTION_QUESTIONS if ctx.applies(qid)]
    facts = [fact for fact in facts if fact is not None]
    minor = None if age_years is None else age_years < ADULT_AGE
    facts.append({
        "id": "patient_minor", "label": f"Patient under {ADULT_AGE}",
        "status": "answered" if minor is not None else "missing",
        "display": None if minor is None else (
            f"Yes (age {age_years})" if minor else f"No (age {age_years})"),
        "raw_text": None, "language": None,
    })
    return facts


def build_budget(ctx: ReportContext, age_years: Optional[int]) -> dict:
    lines = cost_lines(ctx)
    sums = totals(lines)
    available = funds(ctx)
    return {
        "costs": lines,
        "totals": [{**_money(amount, currency),
                    "items": sum(1 for line in lines
                                 if line["counted"] and line["currency"] == currency)}
                   for currency, amount in sums.items()],
        "funds_available": _money(*available) if available else None,
        "funding_gap": funding_gap(sums, available),
        "payers": ctx.fact("payers"),
        "sponsor": {
            "has_sponsor": ctx.fact("has_sponsor"),
            "people": ctx.fact("sponsors"),
            "status": ctx.fact("sponsor_status"),
            "income": ctx.fact("sponsor_income"),
        },
        "insurance": ctx.fact("insurance"),
        "fee_exemption_facts": fee_exemption_facts(ctx, age_years),
    }
