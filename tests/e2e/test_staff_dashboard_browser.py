"""The staff dashboard in a real browser (Debian chromium through Playwright),
against the running stack: an applicant finishes an interview over REST, an
account is made with `intake staff create-user`, and an attorney signs in, finds
the case, opens it, downloads the PDF and signs out."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from bot.config import PROJECT_ROOT
from testsupport.browser import accessibility_violations
from testsupport.interview_driver import answer_everything, confirm_review, start

pytestmark = pytest.mark.e2e

PASSWORD = "a long e2e password for staff"
SCREENSHOTS = os.environ.get("INTAKE_UPDATE_SCREENSHOTS") == "1"


def create_user(stack_env, email, role, name):
    intake = str(Path(sys.executable).with_name("intake"))
    result = subprocess.run(
        [intake, "staff", "create-user", "--email", email, "--name", name, "--role", role],
        env=dict(os.environ, **stack_env, INTAKE_NEW_USER_PASSWORD=PASSWORD),
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert PASSWORD not in result.stdout + result.stderr


def sign_in(page, base, email):
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_attorney_finds_opens_downloads_and_signs_out(browser, applicant, store, stack,
                                                      stack_env, tmp_path):
    start(applicant)
    answer_everything(applicant, store)
    confirm_review(applicant, store)
    reference = store.cases_for_sender(applicant.sender)[0].reference
    create_user(stack_env, "attorney@e2e.example", "attorney", "Ana Attorney")
    base = stack.staff_url
    context = browser.new_context(accept_downloads=True, bypass_csp=True,
                                  viewport={"width": 1280, "height": 900})
    page = context.new_page()

    page.goto(f"{base}/cases/{reference}")
    assert "/login" in page.url                      # nothing without signing in
    assert accessibility_violations(page) == []
    sign_in(page, base, "attorney@e2e.example")
    assert page.url.endswith(f"/cases/{reference}")  # back where the link pointed
    page.get_by_role("link", name="Cases").first.click()
    page.get_by_label("Search: name, reference or phone").fill(reference.lower())
    page.get_by_role("button", name="Show cases").click()
    assert "1 case." in page.locator("#result-count").inner_text()
    assert accessibility_violations(page) == []
    page.get_by_role("link", name=reference).click()
    assert page.get_by_role("heading", level=1, name=f"Handoff report: case {reference}").is_visible()
    assert page.get_by_text("Conversation transcript").is_visible()
    assert accessibility_violations(page) == []
    if SCREENSHOTS:
        page.screenshot(path=str(PROJECT_ROOT / "docs" / "dashboard-screenshot.png"))

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download PDF").click()
    pdf_path = tmp_path / "report.pdf"
    download_info.value.save_as(pdf_path)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(
        io.BytesIO(pdf_path.read_bytes())).pages).split())
    assert reference in text and "CONFIDENTIAL" in text.upper()

    page.get_by_role("button", name="Sign out").click()
    assert "You are signed out" in page.content()
    page.goto(f"{base}/")
    assert "/login" in page.url
    context.close()


def test_staff_role_cannot_open_administration(browser, stack, stack_env):
    create_user(stack_env, "staff@e2e.example", "staff", "Sam Staff")
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{stack.staff_url}/login")
    sign_in(page, stack.staff_url, "staff@e2e.example")
    response = page.goto(f"{stack.staff_url}/admin/users")
    assert response.status == 403
    assert "does not have access" in page.content()
    context.close()
