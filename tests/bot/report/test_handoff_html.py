"""render_html: complete, escaped, accessible, self-contained, well-formed."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.report.html import render_html

from .handoff_fixtures import Conversation


class TagCollector(HTMLParser):
    """Every start tag with its attributes, and the text under each heading level."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags_of(page: str) -> list[tuple[str, dict]]:
    collector = TagCollector()
    collector.feed(page)
    collector.close()
    return collector.tags


def parse_xml(page: str) -> ET.Element:
    assert page.startswith("<!DOCTYPE html>")
    return ET.fromstring(page)


def all_displays(report: dict) -> list[str]:
    shown = []
    for section in report["sections"]:
        for entry in section["questions"]:
            display = entry["display"]
            if isinstance(display, str):
                shown.append(display)
            elif display is not None:
                shown.extend(display)
    return shown


def test_every_display_and_raw_text_appears(any_report):
    """Read back from the parsed page: shown, and shown exactly as given."""
    root = parse_xml(render_html(any_report))
    cells = {"".join(cell.itertext()) for cell in root.iter() if cell.tag in ("td", "li")}
    verbatim = {"".join(span.itertext()) for span in root.iter("span")
                if span.get("class") == "verbatim"}
    for text in all_displays(any_report):
        assert text in cells | verbatim
    for section in any_report["sections"]:
        for entry in section["questions"]:
            if entry["raw_text"]:
                assert entry["raw_text"] in verbatim


def test_verbatim_answers_name_their_language_in_english(any_report):
    """Staff read English: a Spanish answer is marked "[Spanish (es)]", with its lang tag."""
    root = parse_xml(render_html(any_report))
    for span in root.iter("span"):
        if span.get("class") == "verbatim" and span.get("lang", "en") != "en":
            assert span.get("dir") == "auto"
            assert span.get("title", "").startswith("Written in ")
    tags = {"".join(span.itertext()) for span in root.iter("span")
            if span.get("class") == "lang-tag"}
    languages = {entry["language"] for section in any_report["sections"]
                 for entry in section["questions"] if entry["raw_text"]}
    if "es" in languages:
        assert "[Spanish (es)]" in tags


def test_page_is_well_formed_xml(any_report):
    root = parse_xml(render_html(any_report))
    assert root.tag == "html"


def test_header_notices_and_language(complete_report):
    page = render_html(complete_report)
    root = parse_xml(page)
    assert root.get("lang") == "en"
    assert "Confidential — attorney-client communication" in page
    assert "Legal information intake; not legal advice" in page
    assert len(root.findall(".//h1")) == 1
    assert "PX-7Q2K-9M" in "".join(root.find(".//h1").itertext())


def test_a_table_per_section(complete_report):
    root = parse_xml(render_html(complete_report))
    for section in complete_report["sections"]:
        heading = root.find(f".//h3[@id='section-{section['key']}']")
        assert heading is not None and heading.text == section["title"]
        table = root.find(f".//table[@aria-labelledby='section-{section['key']}']")
        asked = [q for q in section["questions"] if q["status"] != "not_asked"]
        if asked:
            rows = table.findall("./tbody/tr")
            assert ["".join(row.find("th").itertext()) for row in rows] == [
                q["label"] for q in asked]
        else:
            assert table is None


def test_questions_that_do_not_apply_are_one_line_per_section(first_request_report):
    root = parse_xml(render_html(first_request_report))
    lines = ["".join(p.itertext()) for p in root.iter("p") if p.get("class") == "not-asked"]
    assert lines == ["Not asked Does not apply given the other answers: Denial date; "
                     "Receipt number; Denial grounds."]


def test_status_badges_carry_words(first_request_report):
    root = parse_xml(render_html(first_request_report))
    badges = {("".join(b.itertext()), b.get("class")) for b in root.iter("span")
              if "badge" in (b.get("class") or "")}
    assert ("Not asked", "badge badge-not_asked") in badges
    assert ("Missing", "badge badge-missing") in badges
    assert ("Does not know", "badge badge-dont_know") in badges
    assert all(text.strip() for text, _ in badges)


def test_alerts_are_written_out(first_request_report):
    page = render_html(first_request_report)
    assert "Not safe to contact" in page
    assert "Contact requested" in page
    assert "Unfinished" in page


def test_script_in_answers_is_escaped(hostile_report):
    page = render_html(hostile_report)
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<b>" not in page
    assert all(tag not in ("script", "img", "b") for tag, _ in tags_of(page))
    assert not any(name.startswith("on") for _, attrs in tags_of(page) for name in attrs)
    parse_xml(page)


def test_self_contained_without_scripts_or_external_resources(complete_report):
    page = render_html(complete_report)
    tags = tags_of(page)
    assert {tag for tag, _ in tags}.isdisjoint({"script", "link", "img", "iframe", "object"})
    for _, attrs in tags:
        for name in ("src", "href", "action"):
            assert name not in attrs
    assert not re.search(r"url\(|@import|https?://", page.split("</style>")[0])
    assert "https://" not in page and "http://" not in page


def test_applicant_words_carry_their_language(complete_report):
    root = parse_xml(render_html(complete_report))
    verbatim = [s for s in root.iter("span") if s.get("class") == "verbatim"]
    assert verbatim and all(s.get("lang") == "es" and s.get("dir") == "auto" for s in verbatim)


def test_lists_render_one_item_per_entry(complete_report):
    root = parse_xml(render_html(complete_report))
    items = ["".join(li.itertext()) for li in root.iter("li")]
    assert "Ana — hija, 8 años" in items and "Luis" in items


def test_history_and_events_are_shown(complete_report):
    page = render_html(complete_report)
    assert page.count("cancer de mama") >= 1          # the corrected first answer
    assert "Consent given" in page and "Completed the interview" in page


printable_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(words=printable_text)
def test_any_applicant_text_keeps_the_page_well_formed(words):
    report = (Conversation().answer("diagnosis", words, words)
              .answer("dependents", [{"name": words, "detail": words}], words).report())
    page = render_html(report)
    parse_xml(page)
    assert "<script" not in page.lower()
    assert not any(tag == "script" for tag, _ in tags_of(page))
