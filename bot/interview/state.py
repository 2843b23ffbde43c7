"""Where a conversation stands, saved (encrypted) on the case after every turn.

Answers themselves are not part of the state: the next question is always
derived from the saved answers, so a crash between saving an answer and saving
the state loses nothing.
"""
from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Optional


class Mode(str, enum.Enum):
    CONSENT = "consent"                  # notice shown, waiting for yes/no
    DECLINED = "declined"                # said no to the notice
    ASKING = "asking"                    # waiting for the answer to `current`
    LANGUAGE = "language"                # language menu shown
    CONFIRM_RESTART = "confirm_restart"
    CONFIRM_DELETE = "confirm_delete"    # "delete everything you told us?"
    CHANGE_SECTION = "change_section"    # "which part do you want to change?"
    CHANGE_QUESTION = "change_question"  # "which answer do you want to change?"
    PAUSED = "paused"
    RESUME_OFFER = "resume_offer"        # back after a long silence
    CONFIRM_COMMAND = "confirm_command"  # "did you mean to ..., or is this your answer?"
    REVIEW = "review"                    # read-back of one section
    DONE = "done"


@dataclass
class InterviewState:
    mode: Mode = Mode.CONSENT
    current: Optional[str] = None          # question id being asked
    back_to: Optional[Mode] = None         # mode to return to after a menu or correction
    review_index: int = 0                  # which section of the read-back is shown
    change_section: Optional[str] = None   # section chosen in the change menu
    options: list[str] = field(default_factory=list)  # payloads of the buttons last shown
    pending_text: Optional[str] = None     # a reply kept while asking what it meant
    pending_intent: Optional[str] = None

    def to_dict(self) -> dict:
        data = asdict(self)
        data["mode"] = self.mode.value
        data["back_to"] = self.back_to.value if self.back_to else None
        return data

    @classmethod
    def from_dict(cls, data: dict | None) -> "InterviewState":
        if not data:
            return cls()
        return cls(
            mode=Mode(data.get("mode", Mode.CONSENT.value)),
            current=data.get("current"),
            back_to=Mode(data["back_to"]) if data.get("back_to") else None,
            review_index=int(data.get("review_index", 0)),
            change_section=data.get("change_section"),
            options=list(data.get("options") or []),
            pending_text=data.get("pending_text"),
            pending_intent=data.get("pending_intent"),
        )
