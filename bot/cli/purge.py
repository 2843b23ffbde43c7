"""``intake purge [--dry-run]``: erase cases past their retention period.

Safe from cron or a Kubernetes CronJob: idempotent, one case per transaction, and
it prints only references, reasons and dates (never what a case holds).
"""
from __future__ import annotations

from bot.storage import open_sessions
from bot.storage.retention import RetentionPolicy, purge


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "purge", help="erase unfinished interviews and closed cases past their retention period")
    parser.add_argument("--dry-run", action="store_true",
                        help="list what would be erased, erase nothing")


def run(args, settings) -> int:
    policy = RetentionPolicy(unfinished_days=settings.retain_unfinished_days,
                             closed_days=settings.retain_closed_days)
    done = purge(open_sessions(settings), policy, dry_run=args.dry_run)
    verb = "Would erase" if args.dry_run else "Erased"
    for candidate in done:
        print(f"{verb} {candidate.reference} ({candidate.organisation}): "
              f"{candidate.reason.replace('_', ' ')}, last change "
              f"{candidate.last_change:%Y-%m-%d}")
    print(f"{verb} {len(done)} case{'s' if len(done) != 1 else ''} "
          f"(unfinished after {policy.unfinished_days} days, closed after "
          f"{policy.closed_days} days).")
    return 0
