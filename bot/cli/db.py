"""``intake db upgrade``: bring the database schema to the newest migration."""
from __future__ import annotations

from bot.storage.db import upgrade


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("db", help="database maintenance")
    parser.add_argument("action", choices=["upgrade"])


def run(args, settings) -> int:
    upgrade(settings.database_url)
    print("Database schema is up to date.")
    return 0
