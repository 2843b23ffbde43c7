"""Who may use the REST channel: anyone in development, only bearers of
INTAKE_REST_TOKEN in production (and nobody when it is unset)."""
from __future__ import annotations

from bot.channels.rest import authorised
from bot.config import load

PRODUCTION = {"INTAKE_ENV": "production", "INTAKE_ENCRYPTION_KEYS": "k", "INTAKE_LOOKUP_KEY": "l",
              "INTAKE_DATABASE_URL": "postgresql://db/intake",
              "INTAKE_STAFF_SECRET_KEY": "s" * 40, "INTAKE_STAFF_URL": "https://staff.example"}


def test_development_is_open_for_local_use(tmp_path):
    assert authorised(None, load({"INTAKE_VAR_DIR": str(tmp_path)}))


def test_production_needs_the_token():
    closed = load(PRODUCTION)
    assert not authorised(None, closed) and not authorised("Bearer anything", closed)
    guarded = load({**PRODUCTION, "INTAKE_REST_TOKEN": "t0ken-of-forty-characters"})
    assert authorised("Bearer t0ken-of-forty-characters", guarded)
    assert not authorised("Bearer t0ken-of-forty-character", guarded)
    assert not authorised("t0ken-of-forty-characters", guarded)
    assert not authorised(None, guarded)
