"""The chat widget in a real browser (Debian chromium through Playwright) on the demo
clinic page, against the running stack: start in Spanish, answer, reload and go
on, attach files (good, too large, wrong kind), switch to Arabic (right to left),
and axe-core finds no WCAG 2.1 AA violation in the open widget."""
from __future__ import annotations

import os
import re
import time

import pytest

from bot.channels.messages import channel_text
from bot.channels.widget import sender_for
from bot.config import PROJECT_ROOT
from bot.interview.questions import QUESTIONS_BY_ID
from bot.storage.messaging import open_case_documents
from bot.widget.strings import widget_strings
from testsupport.browser import accessibility_violations
from testsupport.scripted import answer_text

pytestmark = pytest.mark.e2e

SCREENSHOTS = os.environ.get("INTAKE_UPDATE_SCREENSHOTS") == "1"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
SPANISH = widget_strings("es")["strings"]


@pytest.fixture
def page(browser, stack):
    # bypass_csp only so the test can inject axe-core; the page's own policy is
    # checked through the console (a violation is reported there).
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 860})
    page = context.new_page()
    page.problems = []
    page.on("console", lambda message: message.type == "error"
            and page.problems.append(message.text))
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    yield page
    context.close()


def bot_messages(page) -> list[str]:
    return page.locator(".pi-msg.pi-bot").all_inner_texts()


def wait_for_bot_count(page, count: int) -> None:
    page.wait_for_function(
        """n => document.querySelector('#parole-intake-widget').shadowRoot
                   .querySelectorAll('.pi-msg.pi-bot').length >= n""", arg=count,
        timeout=60_000)


def session_id(page) -> str:
    stored = page.evaluate("""() => { for (const k of Object.keys(localStorage))
        if (k.startsWith('parole-intake:')) return JSON.parse(localStorage[k]).sessionId; }""")
    assert stored and re.fullmatch(r"[0-9a-f]{32}", stored)
    return stored


def wait_until(condition, timeout: float = 60) -> None:
    """Replies can come in several messages: wait on what the server stored instead."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the assistant did not get there in time"
        time.sleep(0.2)


def settle(page, quiet: float = 1.5) -> None:
    """Until no new assistant message has arrived for ``quiet`` seconds."""
    count, since = len(bot_messages(page)), time.monotonic()
    while time.monotonic() - since < quiet:
        time.sleep(0.25)
        now = len(bot_messages(page))
        if now != count:
            count, since = now, time.monotonic()


def answer_current_question(page, store, sender: str) -> None:
    case = store.active_case(sender)
    question_id, answered = case.state["current"], len(store.current_answers(case.id))
    page.locator("textarea.pi-input").fill(answer_text(QUESTIONS_BY_ID[question_id], "es"))
    page.locator("textarea.pi-input").press("Enter")
    wait_until(lambda: len(store.current_answers(case.id)) > answered)
    settle(page)


def test_start_answer_reload_attach_and_switch_to_arabic(page, stack, store, settings,
                                                         tmp_path):
    page.goto(f"{stack.staff_url}/demo?lang=es")
    main_box = page.locator("main").bounding_box()
    launcher = page.locator("button.pi-launcher")
    launcher.click()
    assert launcher.get_attribute("aria-expanded") == "true"
    assert page.locator("select.pi-start-language").input_value() == "es"
    page.locator("button.pi-start").click()
    wait_for_bot_count(page, 1)
    assert page.locator(".pi-msg.pi-user").count() == 0      # the opener is not shown
    sender = sender_for(session_id(page))
    case = store.active_case(sender)
    assert case.language == "es" and case.channel == "socketio"

    # Consent by tapping the first quick reply (a real button), then two answers.
    page.locator("button.pi-reply").first.click()
    wait_until(lambda: store.active_case(sender).consent_at is not None
               and store.active_case(sender).state.get("current") is not None)
    settle(page)
    answer_current_question(page, store, sender)
    answered = len(store.current_answers(case.id))
    assert answered >= 1
    assert page.locator("main").bounding_box() == main_box   # the host page's layout holds
    assert accessibility_violations(page) == []
    if SCREENSHOTS:
        page.screenshot(path=str(PROJECT_ROOT / "docs" / "widget-screenshot.png"))

    # A reload keeps the conversation, on screen and on the server.
    shown = bot_messages(page)
    page.reload()
    if not page.locator(".pi-panel").is_visible():
        page.locator("button.pi-launcher").click()
    assert bot_messages(page)[-len(shown):] == shown
    assert session_id(page) == sender.removeprefix("web:")
    answer_current_question(page, store, sender)
    assert len(store.current_answers(case.id)) > answered

    # Files: a photo is filed; a file too large or of the wrong kind never leaves.
    documents = open_case_documents(settings)
    good, big, text = tmp_path / "letter.png", tmp_path / "scan.pdf", tmp_path / "notes.txt"
    good.write_bytes(PNG)
    big.write_bytes(b"%PDF-" + b"0" * (10 * 1024 * 1024 + 1))
    text.write_text("not a document")
    page.locator("input.pi-file").set_input_files(str(good))
    page.get_by_text(channel_text("media_received", "es")).wait_for(timeout=30_000)
    assert [d.content_type for d in documents.index_for_case(case.id)] == ["image/png"]
    page.locator("input.pi-file").set_input_files(str(big))
    page.locator(".pi-msg.pi-error", has_text=SPANISH["file_too_large"]).wait_for()
    page.locator("input.pi-file").set_input_files(str(text))
    page.locator(".pi-msg.pi-error", has_text=SPANISH["file_wrong_type"]).wait_for()
    assert len(documents.index_for_case(case.id)) == 1

    # Arabic: the widget lays out right to left and the assistant answers in Arabic.
    before = len(bot_messages(page))
    page.locator("select.pi-language").select_option("ar")
    wait_for_bot_count(page, before + 1)
    assert page.locator(".pi-root").get_attribute("dir") == "rtl"
    assert page.locator(".pi-root").get_attribute("lang") == "ar"
    assert re.search(r"[\u0600-\u06FF]", bot_messages(page)[-1])
    assert store.active_case(sender).language == "ar"
    assert page.locator("button.pi-send").inner_text().strip() == \
        widget_strings("ar")["strings"]["send"]
    assert accessibility_violations(page) == []
    if SCREENSHOTS:
        page.screenshot(path=str(PROJECT_ROOT / "docs" / "widget-rtl-screenshot.png"))
    problems = [p for p in page.problems if "Content Security Policy" in p
                or "Uncaught" in p or "TypeError" in p]
    assert problems == []


def test_keyboard_only_and_ending_the_chat(page, stack, store):
    page.goto(f"{stack.staff_url}/demo?lang=fr")
    page.keyboard.press("Tab")
    for _ in range(10):   # reach the launcher through the page's own links
        if page.evaluate("() => document.activeElement.id") == "parole-intake-widget":
            break
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.locator(".pi-panel").is_visible()
    page.keyboard.press("Escape")
    assert not page.locator(".pi-panel").is_visible()
    assert page.evaluate("() => document.activeElement.id") == "parole-intake-widget"
    page.keyboard.press("Enter")
    page.locator("button.pi-start").click()
    wait_for_bot_count(page, 1)
    sender = sender_for(session_id(page))
    assert store.active_case(sender).language == "fr"
    page.locator("button.pi-end").click()
    page.locator("button.pi-end-yes").click()
    french = widget_strings("fr")["strings"]
    page.get_by_text(french["ended"]).wait_for()
    assert page.evaluate("() => Object.keys(localStorage).filter(k => "
                         "k.startsWith('parole-intake:')).length") == 0
    assert page.locator("button.pi-start").is_visible()
