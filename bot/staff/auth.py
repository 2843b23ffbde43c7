"""Signing staff in and out, and who may do what.

- Passwords are argon2id (``passwords.py``); a failed sign-in is counted per
  account and per client address in the database, and after too many within the
  window the form refuses further tries for a while (``THROTTLE_*``), whether the
  password is right or not.
- The session cookie is HttpOnly, SameSite=Lax, Secure in production, and names
  the user *and* the account's ``session_version``: deactivating an account or
  changing its role or password ends its sessions everywhere.
- A session idle for ``INTAKE_STAFF_IDLE_MINUTES`` is ended on the server, not
  only by the cookie's expiry.
"""
from __future__ import annotations

import datetime as dt
import functools
from typing import Callable, Optional

from flask import (Blueprint, abort, current_app, flash, redirect, render_template, request,
                   session, url_for)
from flask_login import LoginManager, UserMixin, current_user, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import DataRequired, Length

from bot.storage.staff import StaffUserRecord

from . import passwords
from .audit import audit, client_address
from .services import Services

THROTTLE_WINDOW = dt.timedelta(minutes=15)
THROTTLE_PER_ACCOUNT = 5
THROTTLE_PER_ADDRESS = 20

blueprint = Blueprint("auth", __name__)
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Please sign in to see this page."
login_manager.session_protection = "strong"


class StaffLogin(UserMixin):
    """Flask-Login's view of a staff account."""

    def __init__(self, record: StaffUserRecord):
        self.record = record

    def get_id(self) -> str:
        return f"{self.record.id}:{self.record.session_version}"

    @property
    def is_active(self) -> bool:
        return self.record.active

    def __getattr__(self, name):
        return getattr(self.record, name)


def services() -> Services:
    return current_app.extensions["intake"]


@login_manager.user_loader
def load_user(session_id: str) -> Optional[StaffLogin]:
    user_id, _, version = session_id.partition(":")
    if not user_id.isdigit() or not version.isdigit():
        return None
    record = services().staff.get_user(int(user_id))
    if record is None or not record.active or record.session_version != int(version):
        return None
    return StaffLogin(record)


def roles_required(*roles: str) -> Callable:
    """Refuse (403) a signed-in user whose role is not one of ``roles``."""
    def decorator(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if current_user.role not in roles:
                audit("forbidden", detail={"endpoint": request.endpoint})
                abort(403)
            return view(*args, **kwargs)
        return wrapper
    return decorator


def end_idle_sessions() -> None:
    """Before every request: sign out a session idle for too long."""
    if not current_user.is_authenticated:
        return
    now = services().clock().timestamp()
    idle = current_app.config["PERMANENT_SESSION_LIFETIME"].total_seconds()
    last_seen = session.get("last_seen")
    if last_seen is not None and now - float(last_seen) > idle:
        audit("signed_out_idle")
        logout_user()
        session.clear()
        flash("You were signed out after a period of inactivity. Please sign in again.")
        return
    session["last_seen"] = now


class LoginForm(FlaskForm):
    email = EmailField("E-mail address", validators=[DataRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1024)])


def _throttle_keys(email: str) -> list[tuple[str, int]]:
    cipher = services().cipher
    return [(cipher.lookup_hash("login:account:" + email.strip().lower()), THROTTLE_PER_ACCOUNT),
            (cipher.lookup_hash("login:address:" + client_address()), THROTTLE_PER_ADDRESS)]


def _throttled(email: str) -> bool:
    directory = services().staff
    return any(directory.recent_failures(key, THROTTLE_WINDOW) >= limit
               for key, limit in _throttle_keys(email))


@blueprint.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("cases.case_list"))
    form = LoginForm()
    status = 200
    if form.validate_on_submit():
        email = form.email.data
        directory = services().staff
        if _throttled(email):
            audit("sign_in_throttled", actor_email=email)
            form.form_errors.append(
                "Too many failed sign-ins. Wait 15 minutes, then try again.")
            status = 429
        else:
            # Count the attempt before checking the password, so that many tries
            # sent at once cannot all pass the throttle check; a success takes it back.
            attempts = [directory.record_failure(key) for key, _ in _throttle_keys(email)]
            record = directory.find_user(email)
            valid = passwords.verify_password(record.password_hash if record else None,
                                              form.password.data)
            if valid and record.active:
                if passwords.needs_rehash(record.password_hash):
                    directory.rehash_password(record.id, passwords.hash_password(
                        form.password.data))
                session.clear()
                login_user(StaffLogin(record))
                session.permanent = True
                session["last_seen"] = services().clock().timestamp()
                directory.record_login(record.id)
                directory.forget_failures(attempts)
                directory.clear_failures(_throttle_keys(email)[0][0])
                audit("signed_in")
                return redirect(_safe_next(request.args.get("next")))
            audit("sign_in_failed", actor_email=email)
            form.form_errors.append("That e-mail address and password do not match.")
            status = 401
    elif request.method == "POST":
        status = 400
    return render_template("login.html", form=form), status


def _safe_next(target: Optional[str]) -> str:
    """Only same-site paths: an open redirect would help a phishing page."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("cases.case_list")


@blueprint.route("/logout", methods=["POST"])
def logout():
    if current_user.is_authenticated:
        audit("signed_out")
        # The session lives in a signed cookie; moving the account's session
        # version makes any copy of it worthless (and signs out other devices).
        services().staff.end_sessions(current_user.id)
    logout_user()
    session.clear()
    flash("You are signed out.")
    return redirect(url_for("auth.login"))
