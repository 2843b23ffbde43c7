"""Retention: unfinished interviews and closed cases past their periods are purged,
nothing else, and a second run has nothing left to do."""
from __future__ import annotations

import datetime as dt

from bot.storage.caseload import Caseload
from bot.storage.db import make_sessions
from bot.storage.retention import RetentionPolicy, due_for_purge, purge

POLICY = RetentionPolicy(unfinished_days=90, closed_days=365)


def test_purge_erases_only_what_is_past_its_period(engine, store, cipher, clock):
    sessions = make_sessions(engine)
    abandoned = store.open_case("+15005550800", "sms", "es")
    finished = store.open_case("+15005550801", "sms", "es")
    store.update_case(finished.id, completed_at=clock())
    closed = store.open_case("+15005550802", "sms", "es")
    Caseload(sessions, cipher, clock).set_review_status(closed.id, "closed")
    in_review = store.open_case("+15005550803", "sms", "es")
    Caseload(sessions, cipher, clock).set_review_status(in_review.id, "in_review")

    clock.now += dt.timedelta(days=91)
    recent = store.open_case("+15005550804", "sms", "es")
    dry = purge(sessions, POLICY, dry_run=True, clock=clock)
    assert [(c.reference, c.reason) for c in dry] == [(abandoned.reference, "retention_unfinished")]
    assert store.get_case(abandoned.id) is not None            # a dry run erases nothing

    assert [c.reference for c in purge(sessions, POLICY, clock=clock)] == [abandoned.reference]
    assert purge(sessions, POLICY, clock=clock) == []            # idempotent

    clock.now += dt.timedelta(days=300)
    due = {c.reference: c.reason for c in due_for_purge(sessions, POLICY, clock())}
    assert due == {closed.reference: "retention_closed", recent.reference: "retention_unfinished"}
    # The in-review case is someone's work: never purged by age, even unfinished.
    assert in_review.reference not in due and finished.reference not in due


def test_an_applicant_who_writes_during_a_purge_keeps_their_case(engine, store, clock,
                                                                  monkeypatch):
    from bot.storage import retention

    sessions = make_sessions(engine)
    case = store.open_case("+15005550805", "sms", "es")
    clock.now += dt.timedelta(days=120)
    chosen = retention.due_for_purge

    def chosen_then_touched(*args):
        found = chosen(*args)
        store.update_case(case.id, touch=True)    # a message arrives meanwhile
        return found

    monkeypatch.setattr(retention, "due_for_purge", chosen_then_touched)
    assert retention.purge(sessions, POLICY, clock=clock) == []
    assert store.get_case(case.id) is not None
