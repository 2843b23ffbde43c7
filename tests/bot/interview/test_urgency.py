"""The one urgency rule: fewer than 30 days left (or passed) is urgent."""
from __future__ import annotations

import datetime as dt

from bot.interview.urgency import URGENT_WINDOW_DAYS, urgent_cutoff, window_is_urgent

TODAY = dt.date(2026, 11, 28)


def test_boundary_matches_the_reports_days_left_rule():
    for days_left in (-3, 0, 1, URGENT_WINDOW_DAYS - 1):
        assert window_is_urgent(TODAY + dt.timedelta(days=days_left), TODAY), days_left
    for days_left in (URGENT_WINDOW_DAYS, 200):
        assert not window_is_urgent(TODAY + dt.timedelta(days=days_left), TODAY), days_left
    assert not window_is_urgent(None, TODAY)
    assert urgent_cutoff(TODAY) == TODAY + dt.timedelta(days=29)
