"""``intake keys rotate``: re-encrypt every stored value under the newest key.

Rotation: put a new key first in ``INTAKE_ENCRYPTION_KEYS`` (comma-separated, newest
first) and restart the services, so new writes use it while old rows still decrypt;
run this; then the old key can be removed. Safe to interrupt and run again.
"""
from __future__ import annotations

from bot.storage import FieldCipher, open_sessions
from bot.storage.rotation import reencrypt_all


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("keys", help="encryption key maintenance")
    parser.add_argument("action", choices=["rotate"])


def run(args, settings) -> int:
    cipher = FieldCipher(settings.encryption_keys, settings.lookup_key)
    done = reencrypt_all(open_sessions(settings), cipher)
    print(f"Re-encrypted {done} rows under the newest of {len(settings.encryption_keys)} "
          f"key{'s' if len(settings.encryption_keys) != 1 else ''}. Keys after the first can "
          "now be removed from INTAKE_ENCRYPTION_KEYS.")
    return 0
