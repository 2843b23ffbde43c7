"""The handoff report as JSON text (``intake report --format json``, the dashboard's
download)."""
from __future__ import annotations

import json


def render_json(report: dict) -> str:
    """Pretty JSON, non-ASCII kept readable (names and answers in any script)."""
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
