"""Two action-server workers may write the same case at the same moment."""
from __future__ import annotations

import threading

from bot.interview.model import Answer, AnswerStatus

THREADS = 8
ANSWERS_PER_THREAD = 20


def run_together(work) -> list[BaseException]:
    errors: list[BaseException] = []
    barrier = threading.Barrier(THREADS)

    def worker(number: int) -> None:
        try:
            barrier.wait()
            work(number)
        except BaseException as error:  # reported by the test
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return errors


def test_concurrent_appends_lose_nothing(store):
    case = store.open_case("+15551234567", "twilio", "en")

    def save(number: int) -> None:
        for index in range(ANSWERS_PER_THREAD):
            store.save_answer(case.id, Answer(f"q{index}", AnswerStatus.ANSWERED,
                                              {"thread": number, "index": index},
                                              f"{number}/{index}", "en"), "twilio")

    assert run_together(save) == []
    history = store.answer_history(case.id)
    assert len(history) == THREADS * ANSWERS_PER_THREAD
    assert {(row.value["thread"], row.value["index"]) for row in history} == {
        (number, index) for number in range(THREADS) for index in range(ANSWERS_PER_THREAD)
    }
    assert len({row.id for row in history}) == len(history)
    # The current answer of each question is the one written last (highest id).
    current = store.current_answers(case.id)
    for index in range(ANSWERS_PER_THREAD):
        last = max((row for row in history if row.question_id == f"q{index}"),
                   key=lambda row: row.id)
        assert current[f"q{index}"].value == last.value


def test_concurrent_case_updates_and_events_all_land(store):
    case = store.open_case("+15551234567", "twilio", "en")

    def work(number: int) -> None:
        for index in range(5):
            store.add_event(case.id, "turn", {"thread": number, "index": index})
            store.update_case(case.id, state={"thread": number, "index": index})
            store.open_case(f"sender-{number}-{index}", "rest", "en")

    assert run_together(work) == []
    assert len(store.events(case.id)) == THREADS * 5
    assert set(store.get_case(case.id).state) == {"thread", "index"}
    references = {store.active_case(f"sender-{n}-{i}").reference
                  for n in range(THREADS) for i in range(5)}
    assert len(references) == THREADS * 5
