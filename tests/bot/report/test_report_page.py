"""The 2.0 page and the dashboard fragment: order, CSS file, no inline styles or
scripts, escaping in HTML, SVG and fragment, accessibility, languages."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from bot.report.html import CSS_PATH, render_html, render_html_fragment

from .test_handoff_html import parse_xml, tags_of

SECTION_ORDER = [
    "Summary", "What an adjudicator weighs", "Denial grounds cited", "Evidence",
    "Chronology", "Budget", "People", "Answers", "Appendix: answer history", "Events"]
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "article", "header", "footer",
    "section", "h1", "h2", "h3", "p", "span", "strong", "ul", "li", "dl", "dt", "dd", "div",
    "table", "caption", "thead", "tbody", "tr", "th", "td", "time", "br", "figure",
    "figcaption", "svg", "desc", "g", "rect", "line", "circle", "text"}


def text_of(element) -> str:
    return "".join(element.itertext())


def test_sections_in_the_attorneys_order(spanish_report):
    root = parse_xml(render_html(spanish_report))
    assert [text_of(h2) for h2 in root.iter("h2")] == SECTION_ORDER
    assert text_of(root.find(".//h1")) == "Handoff report: case PX-7Q2K-9M"
    assert root.find(".//p[@class='confidential']") is not None


def test_summary_flags_elements_and_budget_are_shown(spanish_report):
    page = render_html(spanish_report)
    root = parse_xml(page)
    flags = [text_of(li) for li in root.iter("li") if (li.get("class") or "").startswith("flag-")]
    assert flags[0].startswith("Urgent: Treatment must start in 21 days")
    assert [li.get("class") for li in root.iter("li") if (li.get("class") or "").startswith(
        "flag-")] == ["flag-urgent", "flag-sensitive_history", "flag-minor_patient"]
    rows = {tr.get("id"): tr for tr in root.iter("tr") if tr.get("id")}
    assert text_of(rows["element-urgent_reason"].find("td/span")) == "Supported"
    assert "Gather: A letter from a second doctor" in text_of(rows["element-medical_necessity"])
    assert "456,600.50 USD (3 items)" in page and "3,000.00 VES (1 item)" in page
    assert "Costs exceed the money available by 396,600.50 USD." in page
    assert "2025-03-30 (21 days left from 2025-03-09)" in page


def test_statuses_are_words(skipped_real_report, spanish_report):
    badges = {text_of(b): b.get("class") for page in (skipped_real_report, spanish_report)
              for b in parse_xml(render_html(page)).iter("span")
              if "badge" in (b.get("class") or "")}
    for words, status in [("Supported", "supported"), ("Missing", "missing"),
                          ("Received", "received"), ("Applicant has it", "have"),
                          ("Needed", "need"), ("Does not apply", "not_applicable"),
                          ("Skipped", "skipped")]:
        assert badges[words] == f"badge badge-{status}"


def test_every_real_page_is_well_formed_and_valid(any_real_report):
    root = parse_xml(render_html(any_real_report))
    for table in root.iter("table"):
        assert table.find("caption") is not None or table.get("aria-labelledby")
        for th in table.iter("th"):
            assert th.get("scope") in ("col", "row")
    assert {element.tag for element in root.iter()} <= ALLOWED_TAGS


def test_css_is_a_file_inlined_in_the_page_and_nowhere_an_attribute(spanish_report):
    css = CSS_PATH.read_text(encoding="utf-8")
    assert CSS_PATH.name == "report.css" and CSS_PATH.parent.name == "static"
    assert ".handoff-report" in css and not re.search(r"url\(|@import|https?:", css)
    page = render_html(spanish_report)
    assert css in page
    for markup in (page, str(render_html_fragment(spanish_report))):
        assert all("style" not in attrs for _, attrs in tags_of(markup))
        assert not any(name.startswith("on") for _, attrs in tags_of(markup) for name in attrs)
        assert "<script" not in markup.lower()


def test_fragment_is_the_pages_content_without_document_parts(spanish_report):
    fragment = render_html_fragment(spanish_report)
    assert hasattr(fragment, "__html__")            # Markup: safe to embed as is
    text = str(fragment).strip()
    assert text.startswith("<article class=\"handoff-report\" lang=\"en\">")
    assert not re.search(r"<(html|head|style|body)[\s>]", text)
    root = ET.fromstring(text)
    assert [text_of(h2) for h2 in root.iter("h2")] == SECTION_ORDER
    assert text in render_html(spanish_report)


def test_hostile_text_is_escaped_in_page_svg_and_fragment(hostile_real_report):
    page = render_html(hostile_real_report)
    fragment = str(render_html_fragment(hostile_real_report))
    for markup in (page, fragment):
        assert "<script" not in markup.lower()
        assert "<img" not in markup and "<b>" not in markup
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
        assert "&lt;/text&gt;&lt;/svg&gt;&lt;script&gt;alert(2)&lt;/script&gt;" in markup
        assert "&lt;/article&gt;&lt;/main&gt;&lt;style&gt;" in markup
        assert {tag for tag, _ in tags_of(markup)} <= ALLOWED_TAGS
        assert not any(name.startswith("on") for _, attrs in tags_of(markup) for name in attrs)
    root = parse_xml(page)
    assert len(root.findall(".//svg")) == 1 and len(root.findall(".//article")) == 1
    assert sum(1 for _ in root.iter("style")) == 1


def test_svg_timeline_is_embedded_with_a_caption(spanish_report):
    root = parse_xml(render_html(spanish_report))
    figure = root.find(".//figure[@class='timeline']")
    svg = figure.find("svg")
    assert svg.get("role") == "img" and svg.find("title") is not None
    assert "dashed line marks the report date" in text_of(figure.find("figcaption"))


def test_words_in_arabic_and_chinese_carry_lang_and_dir(arabic_report, chinese_report):
    for report, lang, words in [(arabic_report, "ar", "سرطان الدم الليمفاوي الحاد"),
                                (chinese_report, "zh-Hans", "急性淋巴细胞白血病")]:
        root = parse_xml(render_html(report))
        spans = [s for s in root.iter("span") if s.get("class") == "verbatim"
                 and text_of(s) == words]
        assert spans and all(s.get("lang") == lang and s.get("dir") == "auto" for s in spans)
    page = render_html(arabic_report)
    assert "[Arabic (ar)]" in page


def test_documents_index_and_sizes(spanish_report):
    root = parse_xml(render_html(spanish_report))
    table = root.find(".//table[@aria-labelledby='documents-heading']")
    rows = [[text_of(cell) for cell in tr] for tr in table.find("tbody")]
    assert rows[1] == ["#2", "2025-03-01 14:27", "application/pdf", "3", "205.1 KB",
                       "Doctor's letter on hand",
                       "A letter from the doctor: the illness, the treatment, and what "
                       "happens without it"]
    assert rows[3][-1] == "Not matched"
