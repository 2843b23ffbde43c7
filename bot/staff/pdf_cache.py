"""PDF reports for the dashboard: rendered once per report content, ahead of the click.

WeasyPrint needs seconds for a complete case (docs/benchmarks.md), so the case page
starts rendering its PDF in the background as soon as it is opened, and the download
takes the finished file. PDFs are keyed by a hash of the report's content without its
``generated_at`` (any new answer, note-free change or new day gives a new key), kept
in this process's memory only (never on disk: they are client files), a few at a time.

All rendering goes through one worker thread: WeasyPrint's font machinery is not
meant to be shared between threads, and on two cores parallel renders would only
slow each other down.
"""
from __future__ import annotations

import concurrent.futures
import hashlib
import json
import logging
import threading
from collections import OrderedDict
from typing import Callable

logger = logging.getLogger(__name__)

MAX_ENTRIES = 32


def content_key(report: dict) -> str:
    content = {key: value for key, value in report.items() if key != "generated_at"}
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False)
                          .encode("utf-8")).hexdigest()


class PdfCache:
    def __init__(self, render: Callable[[dict], bytes], max_entries: int = MAX_ENTRIES):
        self._render = render
        self._max_entries = max_entries
        self._done: "OrderedDict[str, bytes]" = OrderedDict()
        self._pending: dict[str, concurrent.futures.Future] = {}
        self._lock = threading.Lock()
        self._worker = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="pdf-render")

    def prefetch(self, report: dict) -> None:
        """Start rendering this report's PDF if it is not ready or on its way."""
        self._future(report)

    def pdf_for(self, report: dict) -> bytes:
        """The PDF of this report: the finished one, the one being rendered, or a new one."""
        return self._future(report).result()

    def _future(self, report: dict) -> concurrent.futures.Future:
        key = content_key(report)
        with self._lock:
            if key in self._done:
                self._done.move_to_end(key)
                finished: concurrent.futures.Future = concurrent.futures.Future()
                finished.set_result(self._done[key])
                return finished
            future = self._pending.get(key)
            if future is None:
                future = self._pending[key] = self._worker.submit(self._render_and_keep,
                                                                   key, report)
            return future

    def _render_and_keep(self, key: str, report: dict) -> bytes:
        try:
            pdf = self._render(report)
        except Exception as error:
            logger.error("Rendering a PDF report failed (%s).", type(error).__name__)
            raise
        finally:
            with self._lock:
                self._pending.pop(key, None)
        with self._lock:
            self._done[key] = pdf
            while len(self._done) > self._max_entries:
                self._done.popitem(last=False)
        return pdf

    def clear(self) -> None:
        with self._lock:
            self._done.clear()
