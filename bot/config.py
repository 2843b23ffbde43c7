"""Settings read once from the environment into a frozen object.

Every process (Rasa server, action server, CLI, staff app) calls ``load()`` and
passes the result on; nothing else reads ``os.environ``. Safe defaults for local
use; ``INTAKE_ENV=production`` refuses to start without real secrets.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_VAR_DIR = PROJECT_ROOT / "var"


class ConfigError(RuntimeError):
    """The environment is unsafe or incomplete for the requested mode."""


@dataclass(frozen=True)
class Settings:
    env: str                     # "development" or "production"
    database_url: str
    encryption_keys: tuple[str, ...]   # Fernet keys, newest first
    lookup_key: str              # HMAC key for looking up senders without storing them
    var_dir: Path
    resume_after_minutes: int    # after this silence, offer to continue
    default_language: str
    organisation: str = "default"          # new cases belong to it; staff see their own
    staff_secret_key: str = ""             # signs staff session cookies and CSRF tokens
    staff_idle_minutes: int = 30           # staff are signed out after this much inactivity
    staff_url: str = "http://localhost:8000"   # the dashboard's address, for links in notices
    smtp_url: str = ""                     # smtp://user:password@host:port (smtps:// for TLS)
    notify_email_from: str = ""
    notify_email_to: tuple[str, ...] = ()
    notify_sms_to: str = ""                # the on-call phone, told through Twilio
    retain_unfinished_days: int = 90       # unfinished interviews untouched this long are purged
    retain_closed_days: int = 365          # closed cases unchanged this long are purged
    rest_token: str = ""                   # bearer token the REST channel asks for
    shared_redis_url: str = ""             # Redis shared by replicas (lock store, rate limits)
    widget_origins: tuple[str, ...] = ()   # clinic sites whose pages may open the widget
    widget_server_url: str = "http://localhost:5005"   # where the widget's socket.io is

    @property
    def production(self) -> bool:
        return self.env == "production"


def _dev_secret(var_dir: Path, name: str) -> str:
    """Return a local development secret, creating it under var/ on first use."""
    from cryptography.fernet import Fernet

    path = var_dir / name
    if not path.exists():
        var_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(Fernet.generate_key().decode())
        path.chmod(0o600)
        import logging

        logging.getLogger(__name__).warning(
            "No secret in the environment: created a development secret at %s. "
            "Never use it in production.", path)
    return path.read_text().strip()


def load(environ: Optional[Mapping[str, str]] = None) -> Settings:
    """Read the settings; raise ConfigError when production mode is unsafe."""
    env = os.environ if environ is None else environ
    mode = env.get("INTAKE_ENV", "development").strip().lower()
    if mode not in ("development", "production"):
        raise ConfigError(f"INTAKE_ENV must be development or production, not {mode!r}")
    var_dir = Path(env.get("INTAKE_VAR_DIR", str(DEFAULT_VAR_DIR)))
    keys = tuple(k.strip() for k in env.get("INTAKE_ENCRYPTION_KEYS", "").split(",") if k.strip())
    if not keys:
        if mode == "production":
            raise ConfigError("INTAKE_ENCRYPTION_KEYS is required in production mode")
        keys = (_dev_secret(var_dir, "dev-encryption.key"),)
    lookup_key = env.get("INTAKE_LOOKUP_KEY", "").strip()
    if not lookup_key:
        if mode == "production":
            raise ConfigError("INTAKE_LOOKUP_KEY is required in production mode")
        lookup_key = _dev_secret(var_dir, "dev-lookup.key")
    database_url = env.get("INTAKE_DATABASE_URL", "")
    if not database_url:
        if mode == "production":
            raise ConfigError("INTAKE_DATABASE_URL is required in production mode")
        var_dir.mkdir(parents=True, exist_ok=True)
        database_url = f"sqlite:///{var_dir / 'intake.sqlite3'}"
    staff_secret_key = env.get("INTAKE_STAFF_SECRET_KEY", "").strip()
    if not staff_secret_key:
        if mode == "production":
            raise ConfigError("INTAKE_STAFF_SECRET_KEY is required in production mode")
        staff_secret_key = _dev_secret(var_dir, "dev-staff-secret.key")
    elif len(staff_secret_key) < 32:
        raise ConfigError("INTAKE_STAFF_SECRET_KEY must be at least 32 characters")
    staff_url = env.get("INTAKE_STAFF_URL", "http://localhost:8000").strip().rstrip("/")
    if mode == "production" and not staff_url.startswith("https://"):
        raise ConfigError("INTAKE_STAFF_URL must be an https:// address in production mode")
    widget_origins = _origins(env.get("INTAKE_WIDGET_ORIGINS", ""))
    if not widget_origins and mode == "development":
        widget_origins = ("http://localhost:8000", "http://127.0.0.1:8000")
    if mode == "production" and any(not o.startswith("https://") for o in widget_origins):
        raise ConfigError("INTAKE_WIDGET_ORIGINS must list https:// origins in production mode")
    return Settings(
        env=mode,
        database_url=database_url,
        encryption_keys=keys,
        lookup_key=lookup_key,
        var_dir=var_dir,
        resume_after_minutes=int(env.get("INTAKE_RESUME_AFTER_MINUTES", "60")),
        default_language=env.get("INTAKE_DEFAULT_LANGUAGE", "en"),
        organisation=env.get("INTAKE_ORGANISATION", "default").strip() or "default",
        staff_secret_key=staff_secret_key,
        staff_idle_minutes=int(env.get("INTAKE_STAFF_IDLE_MINUTES", "30")),
        staff_url=staff_url,
        smtp_url=env.get("INTAKE_SMTP_URL", "").strip(),
        notify_email_from=env.get("INTAKE_NOTIFY_EMAIL_FROM", "").strip(),
        notify_email_to=tuple(address.strip() for address in
                              env.get("INTAKE_NOTIFY_EMAIL_TO", "").split(",") if address.strip()),
        notify_sms_to=env.get("INTAKE_NOTIFY_SMS_TO", "").strip(),
        retain_unfinished_days=_positive(env, "INTAKE_RETAIN_UNFINISHED_DAYS", 90),
        retain_closed_days=_positive(env, "INTAKE_RETAIN_CLOSED_DAYS", 365),
        rest_token=env.get("INTAKE_REST_TOKEN", "").strip(),
        shared_redis_url=(
            f"redis://{env.get('INTAKE_REDIS_HOST', '127.0.0.1').strip()}:"
            f"{env.get('INTAKE_REDIS_PORT', '6379').strip()}/0"
            if env.get("INTAKE_LOCK_STORE", "in_memory").strip() == "redis" else ""),
        widget_origins=widget_origins,
        widget_server_url=env.get("INTAKE_WIDGET_SERVER_URL", "http://localhost:5005")
        .strip().rstrip("/"),
    )


def _positive(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise ConfigError(f"{name} must be a whole number of days (1 or more), not {raw!r}")
    return int(raw)


def _origins(text: str) -> tuple[str, ...]:
    """``https://clinic.example, https://www.clinic.example`` as exact origins (a
    browser sends ``scheme://host[:port]`` with no path or trailing slash)."""
    return tuple(origin.strip().rstrip("/") for origin in text.replace(" ", ",").split(",")
                 if origin.strip())
