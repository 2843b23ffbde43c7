"""Field encryption and sender look-up hashes.

Health and immigration answers are stored encrypted so that a copied database file,
a backup or a stray SQL console shows nothing readable. Keys come from the
environment (``Settings.encryption_keys``), newest first: ``MultiFernet`` encrypts
with the first key and decrypts with any, so a new key can be put in front while
old rows stay readable until ``rotate`` re-encrypts them.

Senders (for SMS: phone numbers) must be found again without being stored in the
clear, so next to the encrypted sender id we keep an HMAC of it: deterministic for
look-ups, useless without the look-up key.
"""
from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any, Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet


def keyed_hash(key: bytes, value: str) -> str:
    """HMAC-SHA256 of ``value`` under ``key``, as hex: how a value is found or
    counted without being stored readable."""
    return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()


class DecryptionError(ValueError):
    """A stored value could not be decrypted with any configured key."""


class FieldCipher:
    """Encrypts and decrypts column values; hashes values for look-ups."""

    def __init__(self, keys: Sequence[str], lookup_key: str):
        if isinstance(keys, str):
            raise TypeError("keys must be a sequence of Fernet keys, not one string")
        if not keys:
            raise ValueError("at least one encryption key is required")
        if not lookup_key:
            raise ValueError("a look-up key is required")
        try:
            self._fernet = MultiFernet([Fernet(key) for key in keys])
        except (ValueError, TypeError) as error:
            # Never echo the key itself into logs or tracebacks.
            raise ValueError("an encryption key is not a valid Fernet key") from error
        self._lookup_key = lookup_key.encode("utf-8")

    def encrypt(self, text: str) -> str:
        """Return a token (ASCII text) holding ``text``, under the newest key."""
        if not isinstance(text, str):
            raise TypeError(f"encrypt() takes str, not {type(text).__name__}")
        return self._fernet.encrypt(text.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        """Return the text inside ``token``; any configured key may have made it."""
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except (InvalidToken, UnicodeError) as error:
            raise DecryptionError("value cannot be decrypted with the configured keys") from error

    def encrypt_json(self, value: Any) -> str:
        """Encrypt any JSON-serialisable value (answers, engine state, event details).

        Non-JSON values (dates, Decimals) raise ``TypeError`` rather than being
        silently turned into strings that would read back as a different type.
        """
        return self.encrypt(json.dumps(value, ensure_ascii=False, separators=(",", ":")))

    def decrypt_json(self, token: str) -> Any:
        return json.loads(self.decrypt(token))

    def rotate(self, token: str) -> str:
        """Re-encrypt ``token`` under the newest key (after a key was added)."""
        try:
            return self._fernet.rotate(token.encode("ascii")).decode("ascii")
        except InvalidToken as error:
            raise DecryptionError("value cannot be decrypted with the configured keys") from error

    def lookup_hash(self, value: str) -> str:
        """HMAC-SHA256 of ``value`` as hex: equal inputs give equal hashes."""
        return keyed_hash(self._lookup_key, value)
