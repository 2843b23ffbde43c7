"""Reports of the fixture conversations (see ``handoff_fixtures``), one per test."""
from __future__ import annotations

import pytest

from .handoff_fixtures import (
    all_skipped_conversation,
    complete_conversation,
    first_request_conversation,
    hostile_conversation,
)


@pytest.fixture
def complete_report() -> dict:
    return complete_conversation().report()


@pytest.fixture
def all_skipped_report() -> dict:
    return all_skipped_conversation().report()


@pytest.fixture
def first_request_report() -> dict:
    return first_request_conversation().report()


@pytest.fixture
def hostile_report() -> dict:
    return hostile_conversation().report()


@pytest.fixture(params=["complete", "all_skipped", "first_request", "hostile"])
def any_report(request) -> dict:
    """Each of the fixture conversations' reports in turn."""
    return request.getfixturevalue(f"{request.param}_report")


# -- the real interview (report 2.0 parts) ---------------------------------------

from .real_cases import (  # noqa: E402
    all_skipped_real_case,
    arabic_case,
    chinese_case,
    complete_spanish_case,
    hostile_real_case,
)


@pytest.fixture
def spanish_report() -> dict:
    return complete_spanish_case().report()


@pytest.fixture
def arabic_report() -> dict:
    return arabic_case().report()


@pytest.fixture
def chinese_report() -> dict:
    return chinese_case().report()


@pytest.fixture
def skipped_real_report() -> dict:
    return all_skipped_real_case().report()


@pytest.fixture
def hostile_real_report() -> dict:
    return hostile_real_case().report()


@pytest.fixture(params=["spanish", "arabic", "chinese", "skipped_real", "hostile_real"])
def any_real_report(request) -> dict:
    """Each real-definition conversation's report in turn."""
    return request.getfixturevalue(f"{request.param}_report")
