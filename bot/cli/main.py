"""The ``intake`` command: one entry point, one module per subcommand."""
from __future__ import annotations

import argparse
import logging
import sys
from typing import Optional, Sequence

from bot import config
from bot.cli import chat, db, keys, purge, report, stack, staff

COMMANDS = {"chat": chat, "db": db, "keys": keys, "purge": purge, "report": report,
            "stack": stack, "staff": staff}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="intake", description="Parole intake assistant")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for module in COMMANDS.values():
        module.add_parser(subparsers)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        settings = config.load()
    except config.ConfigError as error:
        print(f"Refusing to start: {error}", file=sys.stderr)
        return 2
    return COMMANDS[args.command].run(args, settings)


if __name__ == "__main__":
    sys.exit(main())
