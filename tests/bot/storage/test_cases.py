from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot.interview.model import Answer, AnswerStatus
from bot.storage import cases as cases_module
from bot.storage.cases import CaseStore
from bot.storage.db import make_sessions
from bot.storage.records import AnswerRecord, CaseNotFound
from bot.storage.references import is_reference

SENDER = "+15551234567"


def answer(question_id: str, value, raw_text: str, status=AnswerStatus.ANSWERED,
           language: str = "en") -> Answer:
    return Answer(question_id=question_id, status=status, value=value, raw_text=raw_text,
                  language=language)


def assert_utc(moment: datetime) -> None:
    assert moment.tzinfo is timezone.utc


# -- cases ---------------------------------------------------------------------

def test_open_case_starts_active_with_empty_state(store, clock):
    case = store.open_case(SENDER, "twilio", "es")
    assert case.sender_id == SENDER
    assert (case.channel, case.language, case.status, case.state) == ("twilio", "es",
                                                                      "active", {})
    assert is_reference(case.reference)
    assert case.created_at == case.updated_at == case.last_activity_at == clock.now
    assert case.consent_at is None and case.completed_at is None
    assert store.get_case(case.id) == case


def test_references_are_unique(store):
    references = {store.open_case(f"sender-{n}", "rest", "en").reference for n in range(50)}
    assert len(references) == 50
    assert all(is_reference(reference) for reference in references)


def test_a_reference_collision_is_retried(store, monkeypatch):
    first = store.open_case("a", "rest", "en")
    made = iter([first.reference, first.reference, "PI-2222-3333"])
    monkeypatch.setattr(cases_module.references, "new_reference", lambda: next(made))
    second = store.open_case("b", "rest", "en")
    assert second.reference == "PI-2222-3333"
    assert [case.reference for case in store.cases_for_sender("b")] == ["PI-2222-3333"]


def test_endless_collisions_give_up_with_the_database_error(store, monkeypatch):
    first = store.open_case("a", "rest", "en")
    monkeypatch.setattr(cases_module.references, "new_reference", lambda: first.reference)
    with pytest.raises(Exception, match="(?i)unique|duplicate"):
        store.open_case("b", "rest", "en")
    assert store.cases_for_sender("b") == []


def test_find_by_reference_accepts_typed_variants(store):
    case = store.open_case(SENDER, "rest", "en")
    assert store.find_by_reference(case.reference) == case
    assert store.find_by_reference(case.reference.lower().replace("-", " ")) == case
    assert store.find_by_reference("PI-2222-2222") is None


def test_get_case_of_unknown_id_raises(store):
    with pytest.raises(CaseNotFound):
        store.get_case(9999)


def test_cases_for_sender_newest_first_and_active_case_skips_archived(store):
    assert store.active_case(SENDER) is None
    first = store.open_case(SENDER, "twilio", "en")
    second = store.open_case(SENDER, "twilio", "es")
    other = store.open_case("+15559999999", "twilio", "en")
    assert [case.id for case in store.cases_for_sender(SENDER)] == [second.id, first.id]
    assert store.active_case(SENDER).id == second.id
    store.update_case(second.id, status="archived", touch=False)
    assert store.active_case(SENDER).id == first.id
    store.update_case(first.id, status="completed")
    assert store.active_case(SENDER).id == first.id   # completed is not archived
    store.update_case(first.id, status="archived")
    assert store.active_case(SENDER) is None
    assert [case.id for case in store.cases_for_sender(SENDER)] == [second.id, first.id]
    assert store.active_case("+15559999999").id == other.id


def test_update_case_changes_only_what_is_given(store, clock):
    case = store.open_case(SENDER, "twilio", "en")
    consent = datetime(2025, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=-5)))
    updated = store.update_case(case.id, state={"section": "medical", "asked": ["q1"]},
                                language="es", consent_at=consent)
    assert updated.state == {"section": "medical", "asked": ["q1"]}
    assert updated.language == "es"
    assert updated.consent_at == consent
    assert_utc(updated.consent_at)
    assert (updated.channel, updated.status, updated.completed_at) == ("twilio", "active",
                                                                       None)
    assert updated.updated_at == updated.last_activity_at == clock.now
    assert updated.created_at == case.created_at
    assert store.get_case(case.id) == updated


def test_update_without_touch_keeps_last_activity(store, clock):
    case = store.open_case(SENDER, "twilio", "en")
    completed = datetime(2025, 3, 2, tzinfo=timezone.utc)
    updated = store.update_case(case.id, status="archived", channel="web",
                                completed_at=completed, touch=False)
    assert updated.last_activity_at == case.last_activity_at
    assert updated.updated_at == clock.now > case.updated_at
    assert (updated.status, updated.channel, updated.completed_at) == ("archived", "web",
                                                                       completed)


def test_update_of_unknown_case_raises(store):
    with pytest.raises(CaseNotFound):
        store.update_case(4242, language="es")


def test_store_refuses_a_naive_clock(engine, cipher):
    store = CaseStore(make_sessions(engine), cipher, clock=lambda: datetime(2025, 1, 1))
    with pytest.raises(ValueError, match="aware"):
        store.open_case(SENDER, "rest", "en")


def test_default_clock_gives_aware_utc_timestamps(engine, cipher):
    store = CaseStore(make_sessions(engine), cipher)
    before = datetime.now(timezone.utc)
    case = store.open_case(SENDER, "rest", "en")
    saved = store.save_answer(case.id, answer("q", 1, "1"), "rest")
    event = store.add_event(case.id, "consent:given")
    reread = store.get_case(case.id)
    for moment in (case.created_at, reread.created_at, reread.last_activity_at,
                   saved.created_at, store.answer_history(case.id)[0].created_at,
                   event.created_at, store.events(case.id)[0].created_at):
        assert_utc(moment)
        assert before <= moment <= datetime.now(timezone.utc)


# -- answers ---------------------------------------------------------------------

def test_save_answer_returns_the_stored_row_and_touches_the_case(store, clock):
    case = store.open_case(SENDER, "twilio", "es")
    saved = store.save_answer(
        case.id, answer("diagnosis_date", "2025-03-01", "el 1 de marzo", language="es"),
        "twilio")
    assert isinstance(saved, AnswerRecord)
    assert (saved.case_id, saved.question_id, saved.status, saved.value, saved.raw_text,
            saved.language, saved.channel) == (case.id, "diagnosis_date",
                                               AnswerStatus.ANSWERED, "2025-03-01",
                                               "el 1 de marzo", "es", "twilio")
    assert saved.created_at == clock.now
    assert store.answer_history(case.id) == [saved]
    touched = store.get_case(case.id)
    assert touched.last_activity_at == touched.updated_at == saved.created_at


def test_typed_values_of_every_shape_read_back(store):
    case = store.open_case(SENDER, "rest", "en")
    values = {
        "name": "María José Pérez", "count": 3, "money": {"amount": "1500.50",
                                                        "currency": "USD"},
        "yes": False, "multi": ["urgency", "finances"],
        "events": [{"date": "2025-01-02", "text": "biopsy"}],
    }
    for question_id, value in values.items():
        store.save_answer(case.id, answer(question_id, value, str(value)), "rest")
    current = store.current_answers(case.id)
    assert {key: item.value for key, item in current.items()} == values


def test_corrections_keep_history_and_the_latest_row_is_current(store):
    case = store.open_case(SENDER, "twilio", "en")
    store.save_answer(case.id, answer("diagnosis", "leukemia", "leukemia"), "twilio")
    store.save_answer(case.id, answer("denial_date", "2025-02-01", "Feb 1"), "twilio")
    store.save_answer(case.id, answer("diagnosis", None, "skip", AnswerStatus.SKIPPED),
                      "twilio")
    store.save_answer(case.id, answer("diagnosis", "acute myeloid leukemia",
                                      "acute myeloid leukemia"), "web")
    history = store.answer_history(case.id)
    assert [(row.question_id, row.status, row.channel) for row in history] == [
        ("diagnosis", AnswerStatus.ANSWERED, "twilio"),
        ("denial_date", AnswerStatus.ANSWERED, "twilio"),
        ("diagnosis", AnswerStatus.SKIPPED, "twilio"),
        ("diagnosis", AnswerStatus.ANSWERED, "web"),
    ]
    assert [row.created_at for row in history] == sorted(row.created_at for row in history)
    assert store.current_answers(case.id) == {
        "diagnosis": answer("diagnosis", "acute myeloid leukemia", "acute myeloid leukemia"),
        "denial_date": answer("denial_date", "2025-02-01", "Feb 1"),
    }


def test_a_skip_after_an_answer_is_the_current_answer(store):
    case = store.open_case(SENDER, "rest", "en")
    store.save_answer(case.id, answer("arrests", False, "no"), "rest")
    store.save_answer(case.id, answer("arrests", None, "I'd rather tell the lawyer",
                                      AnswerStatus.TELL_LAWYER), "rest")
    current = store.current_answers(case.id)["arrests"]
    assert current.status is AnswerStatus.TELL_LAWYER
    assert current.value is None


def test_answers_belong_to_their_case_only(store):
    first = store.open_case("a", "rest", "en")
    second = store.open_case("b", "rest", "en")
    store.save_answer(first.id, answer("q", "first", "first"), "rest")
    store.save_answer(second.id, answer("q", "second", "second"), "rest")
    assert store.current_answers(first.id)["q"].value == "first"
    assert store.current_answers(second.id)["q"].value == "second"
    assert [row.value for row in store.answer_history(second.id)] == ["second"]
    assert store.current_answers(9999) == {}


def test_saving_to_an_unknown_case_raises_and_saves_nothing(store):
    with pytest.raises(CaseNotFound):
        store.save_answer(9999, answer("q", 1, "1"), "rest")
    assert store.answer_history(9999) == []


# -- events ----------------------------------------------------------------------

def test_events_are_kept_in_order_with_their_details(store, clock):
    case = store.open_case(SENDER, "twilio", "en")
    first = store.add_event(case.id, "consent:given", {"version": "2025-03", "sms": True})
    second = store.add_event(case.id, "report:viewed")
    assert first.detail == {"version": "2025-03", "sms": True}
    assert second.detail is None
    assert second.created_at == clock.now
    assert store.events(case.id) == [first, second]
    assert [event.kind for event in store.events(case.id)] == ["consent:given",
                                                              "report:viewed"]


def test_events_are_not_applicant_activity(store):
    case = store.open_case(SENDER, "twilio", "en")
    store.add_event(case.id, "report:viewed", {"by": "staff-7"})
    assert store.get_case(case.id).last_activity_at == case.last_activity_at


def test_event_for_unknown_case_raises(store):
    with pytest.raises(CaseNotFound):
        store.add_event(9999, "report:viewed")


# -- deletion --------------------------------------------------------------------

def test_erase_case_removes_answers_and_events_and_ids_are_not_reused(store):
    kept = store.open_case("kept", "rest", "en")
    gone = store.open_case(SENDER, "rest", "en")
    store.save_answer(gone.id, answer("q", 1, "1"), "rest")
    store.add_event(gone.id, "consent:given")
    store.save_answer(kept.id, answer("q", 2, "2"), "rest")
    erased = store.erase_case(gone.id, erased_by="applicant", reason="applicant_request")
    assert erased.reference == gone.reference and erased.started_at == gone.created_at
    assert store.cases_for_sender(SENDER) == []
    assert store.answer_history(gone.id) == [] and store.events(gone.id) == []
    assert [row.value for row in store.answer_history(kept.id)] == [2]
    with pytest.raises(CaseNotFound):
        store.erase_case(gone.id, erased_by="applicant", reason="applicant_request")
    assert store.open_case(SENDER, "rest", "en").id > gone.id
