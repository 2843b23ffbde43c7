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

WIDTH = 720               # about the PDF's text width in CSS pixels, so text stays legible
MARGIN = 16
TOP_LABEL_Y = 14          # the report date's label
AXIS_Y = 44
FIRST_ROW_Y = AXIS_Y + 24
ROW_HEIGHT = 17
FONT_SIZE = 11
CHAR_WIDTH = 6.4          # generous average advance at FONT_SIZE, for placement only
MAX_LABEL_CHARS = 48
FONT_FAMILY = ("Noto Sans, DejaVu Sans, Noto Sans Arabic, Noto Naskh Arabic, "
               "Noto Sans CJK SC, sans-serif")

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


def _ticks(start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
    """Year starts for spans over two years, else month starts (at most ~8)."""
    if (end - start).days > 730:
        years = [dt.date(year, 1, 1) for year in range(start.year + 1, end.year + 1)]
        step = max(1, -(-len(years) // 8))
        return [(day, str(day.year)) for day in years[::step]]
    months, month = [], dt.date(start.year, start.month, 1)
    while month <= end:
        if month > start:
            months.append(month)
        month = dt.date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    step = max(1, -(-len(months) // 8))
    return [(day, day.strftime("%Y-%m")) for day in months[::step]]


def _layout(spans: list[tuple[float, float, float]]) -> list[int]:
    """A label row for each marker ``(x, left, right)`` so that no two labels in a
    row overlap and no leader line (from the axis down to its label) crosses a
    label. Markers are placed right to left, each in the first row that works;
    a new row otherwise."""
    rows: list[list[tuple[float, float]]] = []
    placed: list[tuple[float, int]] = []          # (x, row) of markers placed so far
    result = [0] * len(spans)
    for index in sorted(range(len(spans)), key=lambda i: -spans[i][0]):
        x, left, right = spans[index]
        chosen = len(rows)
        for row, taken in enumerate(rows):
            clear = all(right + 10 < a or left > b + 10 for a, b in taken)
            leader_free = all(not (a - 2 <= x <= b + 2)
                              for above in rows[:row] for a, b in above)
            crosses_none = all(not (left - 2 <= px <= right + 2)
                               for px, prow in placed if prow > row)
            if clear and leader_free and crosses_none:
                chosen = row
                break
        if chosen == len(rows):
            rows.append([])
        rows[chosen].append((left, right))
        placed.append((x, chosen))
        result[index] = chosen
    return result


def _anchor(x: float, width: float) -> tuple[str, float, float]:
    """Text anchor and extent for a label at ``x``: to the right unless it would
    run off the image."""
    if x + 4 + width <= WIDTH - 2:
        return "start", x + 4, x + 4 + width
    return "end", x - 4 - width, x - 4


def timeline_svg(entries: Iterable[dict], report_date: Optional[dt.date] = None) -> Markup:
    """The dated entries on a horizontal axis, as inline SVG markup ("" if none).

    Markers sit on the axis; a leader line runs from each down to its label, in
    rows chosen so that labels neither overlap nor get crossed by a leader
    (:func:`_layout`). The report date is a dashed mark above the axis.
    """
    entries = [entry for entry in entries if as_date(entry.get("date")) is not None]
    if not entries:
        return Markup("")
    dates = [as_date(entry["date"]) for entry in entries]
    span_dates = dates + ([report_date] if report_date else [])
    first, last = min(span_dates), max(span_dates)
    pad = max(7, (last - first).days // 25)
    start, end = first - dt.timedelta(days=pad), last + dt.timedelta(days=pad)
    days = max(1, (end - start).days)

    def x_of(day: dt.date) -> float:
        return round(MARGIN + (WIDTH - 2 * MARGIN) * (day - start).days / days, 1)

    placed = []
    for entry, day in zip(entries, dates):
        x = x_of(day)
        label = marker_label(entry)
        anchor, left, right = _anchor(x, len(label) * CHAR_WIDTH)
        placed.append((entry, x, label, anchor, left, right))
    rows = _layout([(x, left, right) for _, x, _, _, left, right in placed])
    placed = [(*item, FIRST_ROW_Y + row * ROW_HEIGHT) for item, row in zip(placed, rows)]
    height = FIRST_ROW_Y + (max(rows) + 1) * ROW_HEIGHT

    grey, dark = "#777777", "#333333"
    parts = [f"<rect{_attrs(x=0, y=0, width=WIDTH, height=height, fill='#ffffff')}/>",
             f"<line{_attrs(x1=MARGIN, y1=AXIS_Y, x2=WIDTH - MARGIN, y2=AXIS_Y, stroke=dark, stroke_width=2)}/>"]
    for tick, text in _ticks(start, end):
        x = x_of(tick)
        parts.append(f"<line{_attrs(x1=x, y1=AXIS_Y - 4, x2=x, y2=AXIS_Y + 4, stroke=dark, stroke_width=1)}/>"
                     f"<text{_attrs(x=x, y=AXIS_Y - 9, text_anchor='middle', fill='#555555')}>{escape(text)}</text>")
    if report_date is not None:
        x = x_of(report_date)
        text = f"Report date {report_date.isoformat()}"
        anchor, text_x, _ = _anchor(x, len(text) * CHAR_WIDTH)
        parts.append(
            f"<g><title>{escape(text)}</title>"
            f"<line{_attrs(x1=x, y1=TOP_LABEL_Y + 4, x2=x, y2=AXIS_Y + 8, stroke=grey, stroke_width=1, stroke_dasharray='4 3')}/>"
            f"<text{_attrs(x=text_x if anchor == 'start' else x - 4, y=TOP_LABEL_Y, text_anchor=anchor, fill=dark)}>"
            f"{escape(text)}</text></g>")
    for entry, x, label, anchor, left, right, y in placed:
        colour = COLOURS.get(entry["kind"], "#4a4a4a")
        full = f"{entry['date']} {entry['label']}"
        if entry.get("text"):
            full += f": {_clean(entry['text'])}"
        text_x = left if anchor == "start" else right
        parts.append(
            f"<g><title>{escape(full)}</title>"
            f"<line{_attrs(x1=x, y1=AXIS_Y, x2=x, y2=y - 4, stroke=colour, stroke_width=1)}/>"
            f"<circle{_attrs(cx=x, cy=AXIS_Y, r=5, fill=colour, stroke='#ffffff', stroke_width=1)}/>"
            f"<text{_attrs(x=text_x, y=y, text_anchor=anchor, fill=colour)}>{escape(label)}</text></g>")

    description = (f"{len(entries)} dated entr{'y' if len(entries) == 1 else 'ies'} from "
                   f"{min(dates).isoformat()} to {max(dates).isoformat()}"
                   + (f"; report date {report_date.isoformat()}" if report_date else "")
                   + ". The chronology table lists every entry in full.")
    svg_attrs = _attrs(role="img", aria_labelledby="chronology-svg-title chronology-svg-desc",
                       viewBox=f"0 0 {WIDTH} {height}", width=WIDTH, height=height,
                       font_family=FONT_FAMILY, font_size=FONT_SIZE, class_="timeline")
    return Markup(f"<svg{svg_attrs}><title id=\"chronology-svg-title\">Timeline of the case</title>"
                  f"<desc id=\"chronology-svg-desc\">{escape(description)}</desc>"
                  + "".join(parts) + "</svg>")
