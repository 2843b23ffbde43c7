"""The dashboard's forms. Every one carries Flask-WTF's CSRF token; choices are
stable keys with English labels."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (BooleanField, DateField, EmailField, PasswordField, SelectField,
                     StringField, TextAreaField)
from wtforms.validators import DataRequired, Length, Optional, Regexp

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
    created_from = DateField("Started from", validators=[Optional()])
    created_to = DateField("Started until", validators=[Optional()])
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
