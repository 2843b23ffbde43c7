"""When a case counts as urgent: the one rule the report, the staff list and the
staff notifications share.

A case is urgent when its treatment window closes within ``URGENT_WINDOW_DAYS``
days, or has already closed (the attorney must see it first either way).
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

URGENT_WINDOW_DAYS = 30


def urgent_cutoff(today: dt.date) -> dt.date:
    """The last deadline that still counts as urgent on ``today``."""
    return today + dt.timedelta(days=URGENT_WINDOW_DAYS - 1)


def window_is_urgent(deadline: Optional[dt.date], today: dt.date) -> bool:
    """True when the treatment deadline is fewer than 30 days away (or past)."""
    return deadline is not None and deadline <= urgent_cutoff(today)
