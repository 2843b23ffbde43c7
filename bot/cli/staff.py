"""``intake staff``: the staff web app and its accounts.

    intake staff create-user --email E --name N --role admin|attorney|staff [--organisation O]
        (the password is asked twice on the terminal, or read from
         INTAKE_NEW_USER_PASSWORD for scripted set-ups; never from the command line,
         which other users of the machine can see)
    intake staff serve [--host 127.0.0.1] [--port 8000]
    intake staff notify          (send pending notices once, e.g. from cron)
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys

from bot.config import Settings

EXIT_OK, EXIT_INVALID, EXIT_EXISTS = 0, 2, 3


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("staff", help="the staff web app and its accounts")
    commands = parser.add_subparsers(dest="staff_command", required=True)
    create = commands.add_parser("create-user", help="create a staff account")
    create.add_argument("--email", required=True)
    create.add_argument("--name", required=True, help="the name shown to colleagues")
    create.add_argument("--role", required=True, choices=("admin", "attorney", "staff"))
    create.add_argument("--organisation", default=None,
                        help="default: INTAKE_ORGANISATION (or 'default')")
    serve = commands.add_parser("serve", help="run the dashboard")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--threads", type=int, default=8)
    commands.add_parser("notify", help="send pending staff notices once")


def run(args: argparse.Namespace, settings: Settings) -> int:
    return {"create-user": create_user, "serve": serve, "notify": notify}[
        args.staff_command](args, settings)


def _password() -> str:
    given = os.environ.get("INTAKE_NEW_USER_PASSWORD")
    if given is not None:
        return given
    first = getpass.getpass("Password (at least 12 characters): ")
    if getpass.getpass("Same password again: ") != first:
        raise ValueError("the two passwords differ")
    return first


def create_user(args: argparse.Namespace, settings: Settings) -> int:
    from bot.staff.passwords import WeakPassword, hash_password
    from bot.staff.services import open_services
    from bot.storage.staff import StaffUserExists

    try:
        password_hash = hash_password(_password())
    except (WeakPassword, ValueError) as error:
        print(f"Not created: {error}.", file=sys.stderr)
        return EXIT_INVALID
    services = open_services(settings)
    organisation = args.organisation or settings.organisation
    try:
        user = services.staff.create_user(organisation, args.email, args.name,
                                          password_hash, args.role)
    except StaffUserExists:
        print("Not created: an account with that e-mail address exists.", file=sys.stderr)
        return EXIT_EXISTS
    services.staff.audit(organisation=organisation, actor=None, action="user_created",
                         detail={"user": user.email, "role": user.role, "by": "command line"},
                         actor_email="command line")
    print(f"Created {user.role} account {user.email} in organisation {organisation}.")
    return EXIT_OK


def serve(args: argparse.Namespace, settings: Settings) -> int:
    from waitress import serve as waitress_serve

    from bot.staff.app import create_app
    from bot.staff.notify import Notifier

    app = create_app(settings)
    notifier = Notifier(settings, app.extensions["intake"].outbox)
    notifier.start()
    print(f"Staff dashboard on http://{args.host}:{args.port}/", flush=True)
    try:
        waitress_serve(app, host=args.host, port=args.port, threads=args.threads,
                       max_request_body_size=64 * 1024, ident="intake")
    finally:
        notifier.stop()
    return EXIT_OK


def notify(args: argparse.Namespace, settings: Settings) -> int:
    from bot.staff.notify import send_pending
    from bot.staff.services import open_services

    sent = send_pending(settings, open_services(settings).outbox)
    print(f"{sent} notice(s) sent.")
    return EXIT_OK
