"""Check a handoff report against its published JSON Schema before it leaves us.

The schema in ``docs/`` is what integrators code against; validating every report
we emit keeps the code and the document from drifting apart silently.

Error messages name *where* the report is wrong and which rule failed, never the
offending value: values are health and immigration data, and these messages end up
in terminals and logs.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

from bot.config import PROJECT_ROOT

SCHEMA_PATH = PROJECT_ROOT / "docs" / "handoff-report.schema.json"


class ReportSchemaError(ValueError):
    """A built report does not match ``docs/handoff-report.schema.json``."""


@functools.lru_cache(maxsize=1)
def load_schema(path: Path = SCHEMA_PATH) -> dict:
    """The schema as a dict (checked to be a valid draft 2020-12 schema)."""
    schema = json.loads(Path(path).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return schema


def report_errors(report: dict) -> list[str]:
    """Every mismatch as ``"/json/pointer: rule"``, without the values involved."""
    validator = Draft202012Validator(load_schema(), format_checker=FormatChecker())
    problems = []
    errors = validator.iter_errors(report)
    for error in sorted(errors, key=lambda e: [str(part) for part in e.absolute_path]):
        pointer = "/" + "/".join(str(part) for part in error.absolute_path)
        rule = "/".join(str(part) for part in error.absolute_schema_path)
        problems.append(f"{pointer}: fails {rule}")
    return problems


def validate_report(report: dict) -> None:
    """Raise ReportSchemaError listing where ``report`` breaks the schema."""
    problems = report_errors(report)
    if problems:
        raise ReportSchemaError(
            "The handoff report does not match docs/handoff-report.schema.json: "
            + "; ".join(problems))
