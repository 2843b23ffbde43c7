"""budget: totals per currency (never across), funds, funding gap, fee-exemption facts."""
from __future__ import annotations

import pytest

from bot.report.budget import funding_gap, totals

from .real_cases import RealConversation


def test_complete_case_totals_per_currency_and_partial_gap(spanish_report):
    budget = spanish_report["budget"]
    assert [(line["label"], line["display"], line["counted"]) for line in budget["costs"]] == [
        ("Terapia CAR-T", "450,000.00 USD", True), ("Vuelos", "1,200.00 USD", True),
        ("Alojamiento 3 meses", "5,400.50 USD", True), ("Pasaporte urgente", "3,000.00 VES", True)]
    assert budget["totals"] == [
        {"amount": "456600.50", "currency": "USD", "display": "456,600.50 USD", "items": 3},
        {"amount": "3000", "currency": "VES", "display": "3,000.00 VES", "items": 1}]
    assert budget["funds_available"] == {"amount": "60000", "currency": "USD",
                                         "display": "60,000.00 USD"}
    gap = budget["funding_gap"]
    assert gap["status"] == "partial"
    assert gap["by_currency"] == [{
        "currency": "USD", "costs": "456600.50", "funds": "60000", "gap": "396600.50",
        "display": "Costs exceed the money available by 396,600.50 USD."}]
    assert gap["not_comparable"] == ["VES"]
    assert "not converted" in gap["note"]


def test_sponsor_payers_insurance_and_fee_exemption_facts(spanish_report):
    budget = spanish_report["budget"]
    assert budget["payers"]["display"] == ["The hospital or a charity",
                                           "Family or friends in the US"]
    assert budget["sponsor"]["people"]["display"] == ["Ana López — tía"]
    assert budget["sponsor"]["status"]["display"] == "US citizen"
    assert budget["sponsor"]["income"]["display"] == "85,000.00 USD"
    assert budget["insurance"]["display"] == "No health insurance"
    facts = {fact["id"]: fact["display"] for fact in budget["fee_exemption_facts"]}
    assert facts == {
        "life_threatening": "Yes",
        "unavailable_reasons": ["It is not done there", "No equipment or specialists"],
        "nearby_countries": "En Colombia la espera es de 8 meses.",
        "guardian_name": "Rosa Elena Martínez",
        "patient_minor": "Yes (age 9)"}


def test_costs_and_funds_in_different_currencies_cannot_be_compared(arabic_report):
    gap = arabic_report["budget"]["funding_gap"]
    assert gap["status"] == "not_computable" and gap["by_currency"] == []
    assert gap["not_comparable"] == ["USD"]
    assert "across currencies" in gap["note"] and "SYP" in gap["note"]
    assert arabic_report["budget"]["totals"][0]["display"] == "250,000.00 USD"
    assert arabic_report["budget"]["costs"][0]["label"] == "زراعة النخاع"
    assert arabic_report["budget"]["costs"][0]["language"] == "ar"


def test_funds_above_costs_give_a_negative_gap():
    report = (RealConversation()
              .say("costs", [{"label": "Cirugía", "amount": "1000", "currency": "usd"},
                             {"label": "Hotel", "amount": "500", "currency": "USD"}])
              .say("funds_available", {"amount": "2000", "currency": "USD"}).report())
    gap = report["budget"]["funding_gap"]
    assert gap["status"] == "computed"
    assert gap["by_currency"][0]["gap"] == "-500"
    assert gap["by_currency"][0]["display"] == "The money available exceeds the costs by 500.00 USD."


def test_unusable_lines_are_shown_but_not_counted_and_jpy_has_no_decimals():
    report = (RealConversation()
              .say("costs", [{"label": "Vuelo", "amount": "1500", "currency": "JPY"},
                             {"label": "??", "amount": "mucho", "currency": "USD"}])
              .report())
    budget = report["budget"]
    assert [line["counted"] for line in budget["costs"]] == [True, False]
    assert budget["totals"] == [{"amount": "1500", "currency": "JPY", "display": "1,500 JPY",
                                 "items": 1}]
    assert budget["funding_gap"]["status"] == "no_data"


@pytest.mark.parametrize("lines,funds,status", [
    ([], None, "no_data"),
    ([{"amount": "1", "currency": "USD", "counted": True}], None, "no_data"),
    ([], ("5", "USD"), "no_data"),
])
def test_no_data(lines, funds, status):
    from decimal import Decimal
    available = (Decimal(funds[0]), funds[1]) if funds else None
    assert funding_gap(totals(lines), available)["status"] == status


def test_everything_skipped(skipped_real_report):
    budget = skipped_real_report["budget"]
    assert budget["costs"] == [] and budget["totals"] == [] and budget["funds_available"] is None
    assert budget["funding_gap"]["note"] == ("Cannot be computed: no costs and no funds "
                                             "available given.")
    assert budget["payers"]["status"] == "skipped"
    minor = budget["fee_exemption_facts"][-1]
    assert minor["id"] == "patient_minor" and minor["display"] is None
