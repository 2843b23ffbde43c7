"""Render a handoff report as a tagged PDF (PDF/UA-1) with WeasyPrint.

The PDF is the standalone HTML page (``html.render_html``: the same content, the same
escaping) plus ``static/pdf.css``: A4 pages whose margin boxes carry the
"Confidential — attorney-client" header, the case reference (taken from the page's
``.case-ref`` element with ``string-set``, so no applicant text is ever put into CSS)
and "Page N of M". Title and language come from the page's ``<title>`` and
``<html lang>``; ``pdf_variant="pdf/ua-1"`` makes WeasyPrint write a tagged PDF
with that metadata.

Fonts are the CSS ``font-family`` lists of ``report.css``: Noto Sans (Latin, Cyrillic,
Vietnamese), Noto Naskh / Noto Sans Arabic (right-to-left Arabic script), Noto Sans
CJK SC (Chinese), Noto Sans Gurmukhi, DejaVu Sans as the last resort; WeasyPrint
embeds subsets of the fonts it uses.

Nothing is fetched: the URL fetcher refuses every URL, so even a bug that let a URL
into the page could not make the renderer call out.

Speed: the font configuration, the parsed stylesheet and the URL fetcher are built
once per process and reused (``_renderer``); WeasyPrint keeps its font and image
caches there, so only the first report pays for font discovery.

Threads: those shared Pango and fontconfig objects must not be used by two threads
(GLib reported heap corruption when the dashboard rendered from several), so every
render runs on one process-wide worker thread; callers from any thread wait for it.
"""
from __future__ import annotations

import concurrent.futures
import functools
import logging
from pathlib import Path

from .html import STATIC_DIR, render_html

PDF_CSS_PATH: Path = STATIC_DIR / "pdf.css"
PDF_VARIANT = "pdf/ua-1"


@functools.lru_cache(maxsize=1)
def _renderer():
    """WeasyPrint's module, a reusable FontConfiguration, the parsed PDF stylesheet
    and the fetcher; imported and built on first use (WeasyPrint is slow to import)."""
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import URLFetcher

    # WeasyPrint logs every CSS property it ignores; those are browser-only rules of
    # report.css, not problems with the report.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    fonts = FontConfiguration()
    fetcher = URLFetcher(allowed_protocols=frozenset())   # every scheme refused
    stylesheet = weasyprint.CSS(string=PDF_CSS_PATH.read_text(encoding="utf-8"),
                                font_config=fonts, url_fetcher=fetcher)
    return weasyprint, fonts, stylesheet, fetcher, {}


_RENDER_THREAD = concurrent.futures.ThreadPoolExecutor(max_workers=1,
                                                       thread_name_prefix="weasyprint")


def render_pdf(report: dict) -> bytes:
    """The report as PDF bytes (PDF/UA-1, tagged), rendered on the one PDF thread."""
    return _RENDER_THREAD.submit(_render_pdf, report).result()


def _render_pdf(report: dict) -> bytes:
    weasyprint, fonts, stylesheet, fetcher, cache = _renderer()
    document = weasyprint.HTML(string=render_html(report), url_fetcher=fetcher,
                               base_url=None)
    return document.write_pdf(
        stylesheets=[stylesheet], font_config=fonts, pdf_variant=PDF_VARIANT,
        cache=cache, uncompressed_pdf=False)
