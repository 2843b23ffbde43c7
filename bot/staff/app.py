"""The staff web app (Flask): ``create_app(settings)`` builds it; ``intake staff serve``
runs it under waitress on :8000.

Security defaults, for every response: a Content-Security-Policy without inline
scripts or styles (the report's CSS is a file), frame-ancestors 'none', no
referrer, nosniff, ``Cache-Control: no-store`` (case data must not stay in a
shared computer's cache), HSTS in production. Session cookies are HttpOnly,
SameSite=Lax, Secure in production, and end after the idle timeout.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable, Optional

from flask import Flask, abort, render_template, request, send_from_directory
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import HTTPException

from bot.config import Settings
from bot.report.html import event_words, language_label
from bot.report.pdf import render_pdf

from bot.widget import views as widget_views

from . import admin, auth, cases
from .forms import CHANNEL_LABELS, REVIEW_LABELS
from .pdf_cache import PdfCache
from .services import Services, open_services

REPORT_STATIC = Path(__file__).resolve().parent.parent / "report" / "static"
MAX_REQUEST_BYTES = 64 * 1024   # forms only; nothing is uploaded to the dashboard

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'none'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
    "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'",
])


def refuse_control_characters() -> None:
    """A NUL byte in a form or query has no honest use, and PostgreSQL refuses it
    in text: answer 400 before it reaches a query."""
    for values in (request.args, request.form):
        if any("\x00" in key or any("\x00" in value for value in values.getlist(key))
               for key in values):
            abort(400, "The request contains a character that is not allowed (NUL).")


def create_app(settings: Settings, *, clock: Optional[Callable[[], dt.datetime]] = None,
               services: Optional[Services] = None) -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=settings.staff_secret_key,
        SESSION_COOKIE_NAME="intake_staff",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.production,
        REMEMBER_COOKIE_DURATION=dt.timedelta(0),
        PERMANENT_SESSION_LIFETIME=dt.timedelta(minutes=settings.staff_idle_minutes),
        SESSION_REFRESH_EACH_REQUEST=True,
        MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES,
        WTF_CSRF_TIME_LIMIT=None,          # the token lives as long as the session
        WTF_CSRF_SSL_STRICT=settings.production,
    )
    app.extensions["intake"] = services or open_services(settings, clock)
    app.extensions["intake_pdfs"] = PdfCache(render_pdf)
    CSRFProtect(app)
    auth.login_manager.init_app(app)
    app.before_request(refuse_control_characters)
    app.before_request(auth.end_idle_sessions)
    for module in (auth, cases, admin, widget_views):
        app.register_blueprint(module.blueprint)
    app.jinja_env.globals.update(review_labels=REVIEW_LABELS, channel_labels=CHANNEL_LABELS)
    app.jinja_env.filters.update(language_label=language_label, event_words=event_words)

    @app.route("/report.css")
    def report_css():
        return send_from_directory(REPORT_STATIC, "report.css", max_age=0)

    @app.route("/health")
    def health():
        return {"status": "ok"}

    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError):
        return render_template("error.html", code=400, message=(
            "This form expired or did not come from this site. "
            "Go back, reload the page and try again.")), 400

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        messages = {403: "Your account does not have access to this page.",
                    404: "There is no such page, or it belongs to another organisation.",
                    413: "That request is too large."}
        message = messages.get(error.code) or error.description
        return render_template("error.html", code=error.code, message=message), error.code

    @app.after_request
    def security_headers(response):
        headers = response.headers
        headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        headers["X-Content-Type-Options"] = "nosniff"
        headers["X-Frame-Options"] = "DENY"
        headers["Referrer-Policy"] = "no-referrer"
        headers["Cross-Origin-Opener-Policy"] = "same-origin"
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        headers.setdefault("Cache-Control", "no-store")
        if response.cache_control.max_age is None:
            headers["Cache-Control"] = "no-store"
        if settings.production:
            headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains"
        return response

    return app
