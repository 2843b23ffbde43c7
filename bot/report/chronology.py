"""The case's dates in order, and a small SVG timeline of them.

``chronology.entries`` gathers every dated answer: the diagnosis date, each line of the
applicant's timeline, the denial date, the treatment window, the planned arrival,
the passport's expiry and each line of the immigration/security history. Each entry
has ``date``, a stable ``kind``, an English ``label``, the applicant's ``text`` for
list lines (verbatim, with its ``language``), and the ``source`` question. Entries are
sorted by date, then by kind (the order of ``KINDS``), then in answer order. List
lines without a date go to ``chronology.undated``.

:func:`timeline_svg` draws the entries on one horizontal axis with the report date
marked. The SVG carries ``role="img"``, a ``<title>`` and a ``<desc>``, one
``<title>`` per marker, presentation attributes only (no ``style``: the staff
dashboard's CSP forbids inline styles), and every applicant word escaped.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, Iterable, Optional

from markupsafe import Markup, escape

from .context import ReportContext, as_date

#: kind -> (English label, source question), in tie-break order.
KINDS: dict[str, tuple[str, str]] = {
    "diagnosis": ("Diagnosed", "diagnosis_date"),
    "timeline": ("Timeline", "timeline"),
    "history": ("Immigration / security history", "history_details"),
    "denial": ("Request denied", "denial_date"),
    "passport_expiry": ("Passport expires", "passport_expiry"),
    "planned_travel": ("Planned arrival in the US", "travel_date"),
    "treatment_window": ("Treatment must start by", "treatment_deadline"),
}
KIND_ORDER = {kind: index for index, kind in enumerate(KINDS)}
LIST_KINDS = ("timeline", "history")

#: Marker colours (fill), by kind; the report date is drawn in grey.
COLOURS = {
    "diagnosis": "#1d3f8a",
    "timeline": "#4a4a4a",
    "history": "#6b4b00",
    "denial": "#8b0000",
    "passport_expiry": "#5c2d91",
    "planned_travel": "#135c26",
    "treatment_window": "#b35900",
}


def build_chronology(ctx: ReportContext) -> dict:
    """``{"entries": [...], "undated": [...]}`` (module docstring)."""
    dated: list[tuple[tuple, dict]] = []
    undated: list[dict] = []
    for kind, (label, source) in KINDS.items():
        if not ctx.defined(source):
            continue
        value = ctx.value(source)
        language = ctx.entries[source]["language"]
        if kind in LIST_KINDS:
            lines = value if isinstance(value, list) else []
            for position, line in enumerate(lines):
                if not isinstance(line, dict):
                    continue
                when = as_date(line.get("date"))
                entry = {"date": when.isoformat() if when else None, "kind": kind,
                         "label": label, "text": str(line.get("text") or ""),
                         "language": language, "source": source}
                if when is None:
                    undated.append(entry)
                else:
                    dated.append(((when, KIND_ORDER[kind], position), entry))
        else:
            when = as_date(value)
            if when is not None:
                dated.append(((when, KIND_ORDER[kind], 0), {
                    "date": when.isoformat(), "kind": kind, "label": label, "text": None,
                    "language": None, "source": source}))
    dated.sort(key=lambda pair: pair[0])
    return {"entries": [entry for _, entry in dated], "undated": undated}


# -- SVG ------------------------------------------------------------------------

WIDTH = 960
MARGIN = 24
AXIS_Y = 56
ROW_HEIGHT = 18
CHAR_WIDTH = 6.2          # average advance at FONT_SIZE, for label placement only
FONT_SIZE = 11
MAX_LABEL_CHARS = 44
FONT_FAMILY = ("Noto Sans, Noto Sans Arabic, Noto Naskh Arabic, Noto Sans CJK SC, "
               "DejaVu Sans, sans-serif")

_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"\s+")
# First-strong isolate / pop directional isolate: applicant text in any script
# keeps its own direction inside an English label.
FSI, PDI = "\u2068", "\u2069"


def _clean(text: str) -> str:
    return _SPACES.sub(" ", _UNPRINTABLE.sub("\ufffd", text)).strip()


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def marker_label(entry: dict) -> str:
    """The short label drawn next to a marker: date, kind, then the applicant's
    words cut short (the full text is in the marker's <title> and the table)."""
    head = f"{entry['date']} {entry['label']}"
    text = _clean(entry.get("text") or "")
    if not text:
        return head
    room = max(8, MAX_LABEL_CHARS - len(head) - 2)
    return f"{head}: {FSI}{_short(text, room)}{PDI}"


def _attrs(**values: Any) -> str:
    return "".join(f' {name.rstrip("_").replace("_", "-")}="{escape(str(value))}"'
                   for name, value in values.items())


def _ticks(start: dt.date, end: dt.date) -> list[dt.date]:
    """Year starts for spans over two years, else month starts (at most ~12)."""
    if (end - start).days > 730:
        return [dt.date(year, 1, 1) for year in range(start.year + 1, end.year + 1)]
    ticks, month = [], dt.date(start.year, start.month, 1)
    while month <= end:
        if month > start:
            ticks.append(month)
        month = dt.date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    step = max(1, len(ticks) // 12 + (len(ticks) % 12 > 0))
    return ticks[::step]


def _place(rows: list[list[tuple[float, float]]], left: float, right: float) -> int:
    """The first label row where [left, right] overlaps nothing; a new row if none."""
    for index, taken in enumerate(rows):
        if all(right + 6 < a or left > b + 6 for a, b in taken):
            taken.append((left, right))
            return index
    rows.append([(left, right)])
    return len(rows) - 1


def timeline_svg(entries: Iterable[dict], report_date: Optional[dt.date] = None) -> Markup:
    """The dated entries on a horizontal axis, as inline SVG markup ("" if none)."""
    entries = [entry for entry in entries if as_date(entry.get("date")) is not None]
    if not entries:
        return Markup("")
    dates = [as_date(entry["date"]) for entry in entries]
    span_dates = dates + ([report_date] if report_date else [])
    first, last = min(span_dates), max(span_dates)
    pad = max(7, (last - first).days // 20)
    start, end = first - dt.timedelta(days=pad), last + dt.timedelta(days=pad)
    days = max(1, (end - start).days)
    usable = WIDTH - 2 * MARGIN

    def x_of(day: dt.date) -> float:
        return round(MARGIN + usable * (day - start).days / days, 1)

    parts: list[str] = []
    rows: list[list[tuple[float, float]]] = []
    markers: list[str] = []
    for entry, day in zip(entries, dates):
        x = x_of(day)
        label = marker_label(entry)
        width = len(label) * CHAR_WIDTH
        anchor = "start" if x + width <= WIDTH - MARGIN / 2 else "end"
        left, right = (x, x + width) if anchor == "start" else (x - width, x)
        row = _place(rows, left, right)
        y = AXIS_Y + 22 + row * ROW_HEIGHT
        colour = COLOURS.get(entry["kind"], "#4a4a4a")
        full = f"{entry['date']} {entry['label']}"
        if entry.get("text"):
            full += f": {_clean(entry['text'])}"
        text_x = x + 4 if anchor == "start" else x - 4
        markers.append(
            f"<g><title>{escape(full)}</title>"
            f"<line{_attrs(x1=x, y1=AXIS_Y, x2=x, y2=y - 4, stroke=colour, stroke_width=1)}/>"
            f"<circle{_attrs(cx=x, cy=AXIS_Y, r=5, fill=colour, stroke='#ffffff', stroke_width=1)}/>"
            f"<text{_attrs(x=text_x, y=y, text_anchor=anchor, fill=colour)}>"
            f"{escape(label)}</text></g>")
    height = AXIS_Y + 22 + max(1, len(rows)) * ROW_HEIGHT + 8

    parts.append(f"<line{_attrs(x1=MARGIN, y1=AXIS_Y, x2=WIDTH - MARGIN, y2=AXIS_Y, stroke='#333333', stroke_width=2)}/>")
    for tick in _ticks(start, end):
        x = x_of(tick)
        text = str(tick.year) if tick.month == 1 and (end - start).days > 730 else tick.strftime("%Y-%m")
        parts.append(f"<line{_attrs(x1=x, y1=AXIS_Y - 4, x2=x, y2=AXIS_Y + 4, stroke='#333333', stroke_width=1)}/>"
                     f"<text{_attrs(x=x, y=AXIS_Y - 30, text_anchor='middle', fill='#555555')}>{escape(text)}</text>")
    if report_date is not None:
        x = x_of(report_date)
        parts.append(
            f"<g><title>Report date {report_date.isoformat()}</title>"
            f"<line{_attrs(x1=x, y1=AXIS_Y - 22, x2=x, y2=height - 4, stroke='#777777', stroke_width=1, stroke_dasharray='4 3')}/>"
            f"<text{_attrs(x=x, y=AXIS_Y - 12, text_anchor='middle', fill='#333333')}>"
            f"Report date {report_date.isoformat()}</text></g>")
    parts.extend(markers)

    description = (f"{len(entries)} dated entr{'y' if len(entries) == 1 else 'ies'} from "
                   f"{min(dates).isoformat()} to {max(dates).isoformat()}"
                   + (f"; report date {report_date.isoformat()}" if report_date else "")
                   + ". The chronology table lists every entry in full.")
    svg = (f"<svg{_attrs(role='img', aria_labelledby='chronology-svg-title chronology-svg-desc', viewBox=f'0 0 {WIDTH} {height}', width=WIDTH, height=height, font_family=FONT_FAMILY, font_size=FONT_SIZE, class_='timeline')}>"
           f"<title id=\"chronology-svg-title\">Timeline of the case</title>"
           f"<desc id=\"chronology-svg-desc\">{escape(description)}</desc>"
           f"<rect{_attrs(x=0, y=0, width=WIDTH, height=height, fill='#ffffff')}/>"
           + "".join(parts) + "</svg>")
    return Markup(svg)
