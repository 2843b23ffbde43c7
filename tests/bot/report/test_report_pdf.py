"""render_pdf: tagged PDF with the facts, every script, page numbers and the header.

Each PDF is rendered once per module (WeasyPrint takes seconds per report)."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from bot.report.pdf import PDF_CSS_PATH, _renderer, render_pdf

from .real_cases import (
    ARABIC_DIAGNOSIS,
    CHINESE_DIAGNOSIS,
    SPANISH_DIAGNOSIS,
    arabic_case,
    chinese_case,
    complete_spanish_case,
    hostile_real_case,
)


def read(pdf: bytes) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, [page.extract_text() for page in reader.pages]


@pytest.fixture(scope="module")
def spanish_pdf():
    return read(render_pdf(complete_spanish_case().report()))


@pytest.fixture(scope="module")
def multilingual_pdfs():
    return [read(render_pdf(case().report())) for case in (arabic_case, chinese_case)]


def test_pdf_carries_the_facts_on_numbered_confidential_pages(spanish_pdf):
    reader, pages = spanish_pdf
    text = "\n".join(pages)
    assert len(pages) > 3
    for number, page in enumerate(pages, start=1):
        assert "Confidential — attorney-client" in page
        assert "Case PX-7Q2K-9M" in page
        assert f"Page {number} of {len(pages)}" in page
    for fact in ("PX-7Q2K-9M", SPANISH_DIAGNOSIS, "Carlos Andrés Pérez Martínez",
                 "456,600.50 USD", "Gather: Proof of money for the costs",
                 "2025-03-30 Treatment must start by", "Fundación Esperanza"):
        assert fact in text, fact


def test_pdf_is_tagged_with_title_and_language(spanish_pdf):
    reader, _ = spanish_pdf
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]
    assert str(root["/Lang"]) == "en"
    assert reader.metadata.title == "Handoff report, case PX-7Q2K-9M"


def test_arabic_and_chinese_text_survive(multilingual_pdfs):
    (_, arabic), (_, chinese) = multilingual_pdfs
    assert ARABIC_DIAGNOSIS in "\n".join(arabic)
    assert "أحمد محمود الحسن" in "\n".join(arabic)
    assert CHINESE_DIAGNOSIS in "\n".join(chinese)
    assert "王小明" in "\n".join(chinese)
    assert all(f"of {len(pages)}" in pages[-1] for pages in (arabic, chinese))


def test_hostile_text_is_printed_as_text():
    _, pages = read(render_pdf(hostile_real_case().report()))
    assert "<script>alert(1)</script>" in "\n".join(pages)


def test_the_renderer_fetches_nothing_and_is_reused():
    first = _renderer()
    assert _renderer() is first
    fetcher = first[3]
    with pytest.raises(ValueError):
        fetcher("https://example.org/tracker.png")
    with pytest.raises(ValueError):
        fetcher("file:///etc/passwd")
    css = PDF_CSS_PATH.read_text(encoding="utf-8")
    assert "string(case-ref)" in css and "counter(pages)" in css and "url(" not in css
