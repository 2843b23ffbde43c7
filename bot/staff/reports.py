"""The handoff report of one case, as the dashboard serves it (the same builder and
renderers as ``intake report``; every report is checked against its schema)."""
from __future__ import annotations

from bot.report.handoff import build_handoff
from bot.report.schema import validate_report

from .services import Services


def case_report(services: Services, case_id: int) -> dict:
    store = services.cases
    report = build_handoff(
        store.get_case(case_id),
        store.current_answers(case_id),
        store.answer_history(case_id),
        store.events(case_id),
        documents=services.documents.index_for_case(case_id),
        generated_at=services.clock(),
    )
    validate_report(report)
    return report
