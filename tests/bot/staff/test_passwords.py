"""argon2id hashes, refusals of short passwords and of a missing account."""
from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from bot.staff import passwords


def test_hash_is_argon2id_and_verifies():
    hashed = passwords.hash_password("twelve chars ok")
    assert hashed.startswith("$argon2id$")
    assert passwords.verify_password(hashed, "twelve chars ok")
    assert not passwords.verify_password(hashed, "twelve chars OK")


def test_short_password_is_refused():
    with pytest.raises(passwords.WeakPassword):
        passwords.hash_password("short")


def test_missing_account_or_broken_hash_never_verifies():
    assert not passwords.verify_password(None, "anything at all")
    assert not passwords.verify_password("not-a-hash", "anything at all")


def test_weaker_old_hashes_are_marked_for_rehash():
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash("twelve chars ok")
    assert passwords.needs_rehash(weak)
    assert not passwords.needs_rehash(passwords.hash_password("twelve chars ok"))
