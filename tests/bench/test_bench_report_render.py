"""bench.report_render: its complete case is a valid, complete report; verdict lines."""
from __future__ import annotations

from bench.report_render import build, complete_case, line, minimal_case
from bot.report.schema import report_errors


def test_complete_case_fills_every_part():
    report = build(complete_case())
    assert report_errors(report) == []
    assert {q["status"] for s in report["sections"] for q in s["questions"]} == {
        "answered", "not_asked"}
    assert len(report["documents"]) == 5 and len(report["denial_grounds"]) == 7
    assert len(report["chronology"]["entries"]) >= 10
    assert [t["currency"] for t in report["budget"]["totals"]] == ["USD", "VES"]
    assert report_errors(build(minimal_case())) == []


def test_verdict_lines():
    assert line("pdf", [0.5, 0.6, 0.7], 1.0).endswith("target p95 < 1000 ms: PASS |")
    assert "MISS" in line("pdf", [0.9, 1.2], 1.0)
    assert line("build", [0.001]) == "| build | 1.0 | 1.0 | 1 |  |"
