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
