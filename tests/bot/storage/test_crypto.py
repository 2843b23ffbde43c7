from __future__ import annotations

import hashlib
import hmac
from datetime import date

import pytest
from cryptography.fernet import Fernet

from bot.storage.crypto import DecryptionError, FieldCipher


def new_key() -> str:
    return Fernet.generate_key().decode()


def test_text_round_trip_keeps_every_script():
    cipher = FieldCipher([new_key()], "lookup")
    for text in ["leukemia diagnosed in March", "leucemia, diagnosticada en marzo",
                 "لوکیمیا", "Lèt doktè a", "白血病", ""]:
        token = cipher.encrypt(text)
        assert text not in token or text == ""
        assert cipher.decrypt(token) == text


def test_same_text_encrypts_differently_each_time():
    cipher = FieldCipher([new_key()], "lookup")
    assert cipher.encrypt("same") != cipher.encrypt("same")


def test_json_round_trip_keeps_types():
    cipher = FieldCipher([new_key()], "lookup")
    values = [None, True, 42, "2025-03-01", ["a", "b"],
              {"amount": "1500.50", "currency": "USD"},
              [{"date": "2025-01-02", "text": "hospital dijo que no"}]]
    for value in values:
        assert cipher.decrypt_json(cipher.encrypt_json(value)) == value


def test_json_refuses_values_that_would_not_read_back_the_same():
    cipher = FieldCipher([new_key()], "lookup")
    with pytest.raises(TypeError):
        cipher.encrypt_json(date(2025, 3, 1))


def test_old_key_still_decrypts_after_a_new_key_is_put_first():
    old, new = new_key(), new_key()
    token = FieldCipher([old], "lookup").encrypt("prior visa refusal")
    rotated_cipher = FieldCipher([new, old], "lookup")
    assert rotated_cipher.decrypt(token) == "prior visa refusal"


def test_rotate_re_encrypts_under_the_newest_key():
    old, new = new_key(), new_key()
    token = FieldCipher([old], "lookup").encrypt("prior visa refusal")
    rotated = FieldCipher([new, old], "lookup").rotate(token)
    assert rotated != token
    assert FieldCipher([new], "lookup").decrypt(rotated) == "prior visa refusal"
    with pytest.raises(DecryptionError):
        FieldCipher([old], "lookup").decrypt(rotated)


def test_new_writes_use_the_first_key():
    old, new = new_key(), new_key()
    token = FieldCipher([new, old], "lookup").encrypt("x")
    assert FieldCipher([new], "lookup").decrypt(token) == "x"
    with pytest.raises(DecryptionError):
        FieldCipher([old], "lookup").decrypt(token)


def test_unknown_key_or_garbage_raises_decryption_error():
    token = FieldCipher([new_key()], "lookup").encrypt("secret")
    cipher = FieldCipher([new_key()], "lookup")
    with pytest.raises(DecryptionError):
        cipher.decrypt(token)
    with pytest.raises(DecryptionError):
        cipher.decrypt("not a token")
    with pytest.raises(DecryptionError):
        cipher.rotate(token)


def test_lookup_hash_is_hmac_sha256_hex_and_depends_on_the_key():
    cipher = FieldCipher([new_key()], "lookup-key")
    expected = hmac.new(b"lookup-key", b"+15551234567", hashlib.sha256).hexdigest()
    assert cipher.lookup_hash("+15551234567") == expected
    assert len(expected) == 64
    # Independent of the encryption keys, so rotating them keeps senders findable.
    assert FieldCipher([new_key()], "lookup-key").lookup_hash("+15551234567") == expected
    assert FieldCipher([new_key()], "other-key").lookup_hash("+15551234567") != expected
    assert cipher.lookup_hash("+15551234568") != expected


@pytest.mark.parametrize("keys, lookup", [([], "lookup"), (["not-a-key"], "lookup"),
                                          ([Fernet.generate_key().decode()], "")])
def test_bad_configuration_is_refused(keys, lookup):
    with pytest.raises(ValueError) as raised:
        FieldCipher(keys, lookup)
    assert "not-a-key" not in str(raised.value)


def test_a_single_string_is_not_mistaken_for_a_list_of_keys():
    with pytest.raises(TypeError):
        FieldCipher(new_key(), "lookup")
