"""Staff passwords: argon2id through argon2-cffi, with its recommended parameters.

A hash made with older parameters is upgraded at the next successful sign-in
(``needs_rehash``). Verification of an unknown account still runs one hash, so a
sign-in for an e-mail that does not exist takes as long as a wrong password.
"""
from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MIN_LENGTH = 12

_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("not a real password, only spends the time of one check")


class WeakPassword(ValueError):
    """The password is too short to be allowed."""


def hash_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise WeakPassword(f"a password needs at least {MIN_LENGTH} characters")
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when ``password`` matches; False for a mismatch or a missing account."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)
