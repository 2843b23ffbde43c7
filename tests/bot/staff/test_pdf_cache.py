"""The dashboard's PDF cache: one render per report content, ready before the click."""
from __future__ import annotations

import threading

import pytest

from bot.staff.pdf_cache import PdfCache


class CountingRenderer:
    def __init__(self, fail_first: bool = False):
        self.calls = 0
        self.fail_first = fail_first
        self.gate = threading.Event()
        self.gate.set()

    def __call__(self, report: dict) -> bytes:
        self.gate.wait(10)
        self.calls += 1
        if self.fail_first and self.calls == 1:
            raise RuntimeError("renderer broke")
        return f"pdf of {report['case']['reference']}".encode()


def report(reference: str, generated_at: str = "2026-11-28T10:00:00Z") -> dict:
    return {"generated_at": generated_at, "case": {"reference": reference}}


def test_prefetch_then_download_renders_once_and_ignores_generated_at():
    renderer = CountingRenderer()
    cache = PdfCache(renderer)
    renderer.gate.clear()
    cache.prefetch(report("PI-A"))
    received = []
    waiter = threading.Thread(target=lambda: received.append(
        cache.pdf_for(report("PI-A", "later"))))
    waiter.start()
    renderer.gate.set()
    waiter.join(10)
    assert received == [b"pdf of PI-A"]   # the click waited for the render under way
    assert cache.pdf_for(report("PI-A", "much later")) == b"pdf of PI-A"
    assert renderer.calls == 1
    assert cache.pdf_for(report("PI-B")) == b"pdf of PI-B" and renderer.calls == 2


def test_a_failed_render_is_reported_and_retried():
    renderer = CountingRenderer(fail_first=True)
    cache = PdfCache(renderer)
    with pytest.raises(RuntimeError):
        cache.pdf_for(report("PI-A"))
    assert cache.pdf_for(report("PI-A")) == b"pdf of PI-A"


def test_only_a_few_pdfs_are_kept():
    renderer = CountingRenderer()
    cache = PdfCache(renderer, max_entries=2)
    for reference in ("PI-A", "PI-B", "PI-C"):
        cache.pdf_for(report(reference))
    cache.pdf_for(report("PI-A"))
    assert renderer.calls == 4   # PI-A had been dropped to keep two
