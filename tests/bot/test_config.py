"""Settings: safe local defaults, and refusal to run production unsafely."""
from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from bot.config import ConfigError, load


def test_development_creates_local_keys_with_a_warning(tmp_path, caplog):
    settings = load({"INTAKE_VAR_DIR": str(tmp_path)})
    assert (tmp_path / "dev-encryption.key").stat().st_mode & 0o077 == 0
    assert settings.encryption_keys == ((tmp_path / "dev-encryption.key").read_text().strip(),)
    assert settings.database_url == f"sqlite:///{tmp_path / 'intake.sqlite3'}"
    assert "development secret" in caplog.text
    assert load({"INTAKE_VAR_DIR": str(tmp_path)}).encryption_keys == settings.encryption_keys


PRODUCTION_EXTRAS = {"INTAKE_STAFF_SECRET_KEY": "s" * 40,
                     "INTAKE_STAFF_URL": "https://staff.example.org"}


@pytest.mark.parametrize("missing", ["INTAKE_ENCRYPTION_KEYS", "INTAKE_LOOKUP_KEY",
                                     "INTAKE_DATABASE_URL", "INTAKE_STAFF_SECRET_KEY"])
def test_production_refuses_to_start_without_real_secrets(tmp_path, missing):
    env = {"INTAKE_ENV": "production", "INTAKE_VAR_DIR": str(tmp_path),
           "INTAKE_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
           "INTAKE_LOOKUP_KEY": "x" * 32, "INTAKE_DATABASE_URL": "postgresql://db/intake",
           **PRODUCTION_EXTRAS}
    del env[missing]
    with pytest.raises(ConfigError, match=missing):
        load(env)
    assert not list(tmp_path.iterdir())


def test_production_with_secrets_and_key_rotation_order(tmp_path):
    new, old = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings = load({"INTAKE_ENV": "production", "INTAKE_ENCRYPTION_KEYS": f"{new}, {old}",
                     "INTAKE_LOOKUP_KEY": "k" * 32, "INTAKE_DATABASE_URL": "postgresql://db/x",
                     **PRODUCTION_EXTRAS})
    assert settings.production and settings.encryption_keys == (new, old)


def test_production_refuses_a_plain_http_dashboard_and_a_short_staff_key():
    env = {"INTAKE_ENV": "production", "INTAKE_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
           "INTAKE_LOOKUP_KEY": "k" * 32, "INTAKE_DATABASE_URL": "postgresql://db/x",
           **PRODUCTION_EXTRAS}
    with pytest.raises(ConfigError, match="https"):
        load({**env, "INTAKE_STAFF_URL": "http://staff.example.org"})
    with pytest.raises(ConfigError, match="32 characters"):
        load({**env, "INTAKE_STAFF_SECRET_KEY": "short"})


def test_notification_settings_are_read_as_lists(tmp_path):
    settings = load({"INTAKE_VAR_DIR": str(tmp_path),
                     "INTAKE_NOTIFY_EMAIL_TO": "a@example.org, b@example.org,",
                     "INTAKE_ORGANISATION": "clinic-a"})
    assert settings.notify_email_to == ("a@example.org", "b@example.org")
    assert settings.organisation == "clinic-a"


def test_unknown_mode_is_refused():
    with pytest.raises(ConfigError):
        load({"INTAKE_ENV": "staging"})
