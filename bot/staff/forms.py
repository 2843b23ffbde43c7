"""The dashboard's forms. Every one carries Flask-WTF's CSRF token; choices are
stable keys with English labels."""
from __future__ import annotations

import datetime as dt
from typing import Any, Mapping

from flask_wtf import FlaskForm
from wtforms import (BooleanField, DateField, EmailField, PasswordField, SelectField,
                     StringField, TextAreaField)
from wtforms.validators import DataRequired, Length, Optional, Regexp, ValidationError

from bot.i18n.languages import LANGUAGES
from bot.storage.caseload import REVIEW_STATUSES, SORTS
from bot.storage.staff import ROLES

from .passwords import MIN_LENGTH

REVIEW_LABELS = {"new": "New", "in_review": "In review", "accepted": "Accepted",
                 "referred": "Referred", "closed": "Closed"}
SORT_LABELS = {"urgent": "Urgent first", "newest": "Newest first", "oldest": "Oldest first",
               "deadline": "Treatment deadline", "activity": "Recent activity"}
CHANNEL_LABELS = {"sms": "SMS", "whatsapp": "WhatsApp", "rest": "Web (REST)",
                  "socketio": "Web widget", "cli": "Terminal"}
ROLE_LABELS = {"admin": "Administrator", "attorney": "Attorney", "staff": "Staff"}
MAX_PAGE = 100_000
# The dates a case list can sensibly be filtered by (a year 9999 would overflow).
FIRST_DATE, LAST_DATE = dt.date(2000, 1, 1), dt.date(2199, 12, 31)


def page_number(args: Mapping[str, str]) -> int:
    """The ``page`` query parameter as a page number; anything else is page 1."""
    raw = args.get("page", "1")
    try:
        number = int(raw) if raw.isascii() else 1
    except ValueError:
        return 1
    return number if 0 < number <= MAX_PAGE else 1


def within_supported_dates(form, field) -> None:
    """Refuse dates outside ``FIRST_DATE``..``LAST_DATE`` (wtforms' NumberRange
    only takes numbers)."""
    if field.data is not None and not FIRST_DATE <= field.data <= LAST_DATE:
        raise ValidationError("Enter a date between 2000 and 2199.")


def valid_data(field) -> Any:
    """A filter's value, or None when it did not validate (it is then left out,
    and the page says so)."""
    return None if field.errors else field.data


class CaseFilterForm(FlaskForm):
    """The case list's search and filters (a GET form: no CSRF, no side effects)."""

    class Meta:
        csrf = False

    q = StringField("Search: name, reference or phone", validators=[Optional(), Length(max=200)])
    status = SelectField("Status", choices=[("", "Any status")] + [
        (key, REVIEW_LABELS[key]) for key in REVIEW_STATUSES], default="")
    urgent = BooleanField("Urgent only")
    contact = BooleanField("Asked for a person")
    language = SelectField("Language", choices=[("", "Any language")] + [
        (language.code, language.english_name) for language in LANGUAGES], default="")
    channel = SelectField("Channel", choices=[("", "Any channel")] + list(
        CHANNEL_LABELS.items()), default="")
    created_from = DateField("Started from", validators=[Optional(), within_supported_dates])
    created_to = DateField("Started until", validators=[Optional(), within_supported_dates])
    mine = BooleanField("Assigned to me")
    sort = SelectField("Sort", choices=[(key, SORT_LABELS[key]) for key in SORTS],
                       default="urgent")


class StatusForm(FlaskForm):
    status = SelectField("Review status", choices=[(key, REVIEW_LABELS[key])
                                                    for key in REVIEW_STATUSES])


class AssignForm(FlaskForm):
    assignee = SelectField("Assigned to", coerce=str, choices=[])


class NoteForm(FlaskForm):
    text = TextAreaField("Internal note", validators=[DataRequired(), Length(max=5000)])


class ActionForm(FlaskForm):
    """A button that changes something (only the CSRF token)."""


class EraseCaseForm(FlaskForm):
    """Erasing cannot be undone: the administrator types the reference to confirm."""
    confirm = StringField("Type the case reference to confirm",
                          validators=[DataRequired(), Length(max=32)])


class CreateUserForm(FlaskForm):
    email = EmailField("E-mail address", validators=[DataRequired(), Length(max=254), Regexp(
        r"^[^@\s]+@[^@\s]+\.[^@\s]+$", message="Enter an e-mail address like name@example.org")])
    display_name = StringField("Name", validators=[DataRequired(), Length(max=128)])
    role = SelectField("Role", choices=[(key, ROLE_LABELS[key]) for key in ROLES],
                       default="staff")
    password = PasswordField(f"Initial password (at least {MIN_LENGTH} characters)",
                             validators=[DataRequired(), Length(min=MIN_LENGTH, max=1024)])


class UserAccessForm(FlaskForm):
    role = SelectField("Role", choices=[(key, ROLE_LABELS[key]) for key in ROLES])
    active = BooleanField("Account active")
