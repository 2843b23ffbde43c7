"""chronology: dated entries in order, undated lines, and the SVG timeline."""
from __future__ import annotations

import datetime as dt
import random
import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.report.chronology import CHAR_WIDTH, _anchor, _layout, marker_label, timeline_svg

from .real_cases import RealConversation

REPORT_DATE = dt.date(2025, 3, 9)


def test_entries_are_sorted_by_date_then_kind(spanish_report):
    entries = spanish_report["chronology"]["entries"]
    assert [(e["date"], e["kind"], e["source"]) for e in entries] == [
        ("2023-11-20", "diagnosis", "diagnosis_date"),
        ("2023-11-20", "timeline", "timeline"),
        ("2024-04-03", "history", "history_details"),
        ("2024-12-01", "timeline", "timeline"),
        ("2025-01-15", "denial", "denial_date"),
        ("2025-03-25", "planned_travel", "travel_date"),
        ("2025-03-30", "treatment_window", "treatment_deadline"),
        ("2027-11-30", "passport_expiry", "passport_expiry")]
    timeline = entries[1]
    assert timeline == {"date": "2023-11-20", "kind": "timeline", "label": "Timeline",
                        "text": "diagnóstico en el Hospital Central", "language": "es",
                        "source": "timeline"}
    assert entries[0]["text"] is None and entries[0]["label"] == "Diagnosed"
    assert spanish_report["chronology"]["undated"] == [
        {"date": None, "kind": "timeline", "label": "Timeline", "text": "consulta en Bogotá",
         "language": "es", "source": "timeline"}]


def test_list_lines_keep_their_answer_order_on_the_same_day():
    report = RealConversation().say("timeline", [
        {"date": "2024-05-01", "text": "segundo"}, {"date": "2024-01-01", "text": "primero"},
        {"date": "2024-05-01", "text": "tercero"}]).report()
    assert [e["text"] for e in report["chronology"]["entries"]] == [
        "primero", "segundo", "tercero"]


def test_nothing_dated(skipped_real_report, first_request_report):
    assert skipped_real_report["chronology"] == {"entries": [], "undated": []}
    assert first_request_report["chronology"] == {"entries": [], "undated": []}
    assert timeline_svg([], REPORT_DATE) == ""


def test_svg_is_accessible_well_formed_and_uses_no_style(spanish_report):
    svg = str(timeline_svg(spanish_report["chronology"]["entries"], REPORT_DATE))
    root = ET.fromstring(svg)
    assert root.tag == "svg" and root.get("role") == "img"
    assert root.get("aria-labelledby") == "chronology-svg-title chronology-svg-desc"
    assert root.find("title").text == "Timeline of the case"
    assert root.find("desc").text.startswith("8 dated entries from 2023-11-20 to 2027-11-30")
    assert len(root.findall(".//circle")) == 8
    texts = ["".join(t.itertext()) for t in root.iter("text")]
    assert "Report date 2025-03-09" in texts
    assert "2025-03-30 Treatment must start by" in texts
    assert "2024-12-01 Timeline: \u2068recaída\u2069" in texts
    tooltips = [t.text for t in root.iter("title")]
    assert "2023-11-20 Timeline: diagnóstico en el Hospital Central" in tooltips
    assert all("style" not in element.attrib for element in root.iter())
    assert "<script" not in svg


def test_svg_escapes_applicant_text(hostile_real_report):
    svg = str(timeline_svg(hostile_real_report["chronology"]["entries"], REPORT_DATE))
    assert "<script" not in svg.lower() and "<img" not in svg
    root = ET.fromstring(svg)                   # still one well-formed <svg>
    assert {element.tag for element in root.iter()} <= {
        "svg", "title", "desc", "rect", "line", "text", "g", "circle"}
    tooltips = [t.text for t in root.iter("title")]
    assert any("</text></svg><script>alert(2)</script>" in (t or "") for t in tooltips)


def test_long_labels_are_cut_and_the_full_text_kept_for_the_tooltip():
    entry = {"date": "2024-01-01", "label": "Timeline", "text": "x" * 200}
    label = marker_label(entry)
    assert len(label) < 60 and label.endswith("\u2026\u2069")


def test_layout_never_overlaps_labels_nor_crosses_them_with_leaders():
    rng = random.Random(7)
    for _ in range(50):
        xs = sorted(rng.uniform(16, 700) for _ in range(rng.randint(1, 25)))
        spans = [(x, *_anchor(x, rng.randint(10, 48) * CHAR_WIDTH)[1:]) for x in xs]
        rows = _layout(spans)
        for i, (x, left, right) in enumerate(spans):
            for j, (x2, left2, right2) in enumerate(spans):
                if i == j:
                    continue
                if rows[i] == rows[j]:
                    assert right + 10 < left2 or left > right2 + 10
                if rows[j] < rows[i] and left2 > x2:       # labels drawn to the right of their marker
                    assert not (left2 - 2 <= x <= right2 + 2)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.dates(dt.date(1950, 1, 1), dt.date(2100, 1, 1)),
                          st.text(max_size=60)), min_size=1, max_size=12))
def test_any_entries_make_well_formed_svg(lines):
    entries = [{"date": day.isoformat(), "kind": "timeline", "label": "Timeline", "text": text}
               for day, text in sorted(lines)]
    root = ET.fromstring(str(timeline_svg(entries, REPORT_DATE)))
    assert len(root.findall(".//circle")) == len(entries)
