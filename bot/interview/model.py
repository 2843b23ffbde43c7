"""The types that describe the interview: sections, questions, choices, answers.

One definition per question (see ``questions.py``): forms of the engine, parsing,
storage, the catalogs and the report all read it. Text fields hold English msgids
marked with ``N_``; they are translated only when rendered.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Optional


class AnswerType(str, enum.Enum):
    """How an answer is parsed and what typed value is stored (JSON shape)."""

    TEXT = "text"                  # str
    NAME = "name"                  # str (a person's name, kept verbatim)
    DATE = "date"                  # "YYYY-MM-DD"
    NUMBER = "number"              # int
    MONEY = "money"                # {"amount": "1500.50", "currency": "USD"}
    MONEY_LIST = "money_list"      # [{"label": str, "amount": str, "currency": str}]
    YES_NO = "yes_no"              # bool
    CHOICE = "choice"              # choice key (str)
    MULTI_CHOICE = "multi_choice"  # [choice key, ...]
    EVENT_LIST = "event_list"      # [{"date": "YYYY-MM-DD", "text": str}]
    PEOPLE_LIST = "people_list"    # [{"name": str, "detail": str}]
    RECEIPT_NUMBER = "receipt"     # "IOE0912345678"


class AnswerStatus(str, enum.Enum):
    """How a question ended. Stored with every answer row."""

    ANSWERED = "answered"
    SKIPPED = "skipped"
    DONT_KNOW = "dont_know"
    TELL_LAWYER = "tell_lawyer"   # "I'd rather tell the lawyer directly"


@dataclass(frozen=True)
class Choice:
    """One option of a choice question: a stable key and its English label."""

    key: str
    label: str


@dataclass(frozen=True)
class Section:
    """A part of the interview (DESIGN.md "What the interview covers")."""

    key: str
    title: str


@dataclass(frozen=True)
class Answer:
    """The current answer to one question, as the engine and report see it."""

    question_id: str
    status: AnswerStatus
    value: Any = None           # typed value (see AnswerType), None unless ANSWERED
    raw_text: str = ""
    language: str = "en"


Answers = Mapping[str, Answer]
Condition = Callable[[Answers], bool]


@dataclass(frozen=True)
class Question:
    """One question of the interview.

    ``ask_if`` decides from earlier answers whether the question applies; a
    question that does not apply is never asked and shows as "not asked".
    ``evidence`` names the evidence items (``evidence.py``) the answer speaks to,
    ``grounds`` the denial grounds it helps answer.
    """

    id: str
    section: str
    type: AnswerType
    prompt: str
    help: str
    example: Optional[str] = None
    choices: tuple[Choice, ...] = ()
    evidence: tuple[str, ...] = ()
    grounds: tuple[str, ...] = ()
    ask_if: Optional[Condition] = None
    allow_future: bool = True          # dates: may the date lie ahead?
    min_value: Optional[int] = None    # numbers
    max_value: Optional[int] = None
    report_label: str = ""             # short English label for staff; prompt if empty

    def applies(self, answers: Answers) -> bool:
        """True when the question should be asked given earlier answers."""
        return self.ask_if is None or self.ask_if(answers)

    @property
    def label(self) -> str:
        return self.report_label or self.prompt


@dataclass(frozen=True)
class EvidenceItem:
    """A piece of evidence an attorney needs (domain-notes.md)."""

    key: str
    label: str                 # English, for staff and for the applicant's document list
    is_document: bool = True   # listed in "documents to gather"
    questions: tuple[str, ...] = field(default=())  # filled from Question.evidence


@dataclass(frozen=True)
class DenialGround:
    """A ground a denial notice may cite."""

    key: str
    label: str
