"""Talk to the running assistant from a terminal, over the REST channel.

Buttons are shown numbered; typing the number sends it as is and the assistant
maps it to that button, exactly as on SMS.
"""
from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
import uuid


def send(url: str, sender: str, text: str) -> list[dict]:
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def show(messages: list[dict]) -> None:
    for message in messages:
        if message.get("text"):
            print(f"\n{message['text']}")
        for number, button in enumerate(message.get("buttons") or [], 1):
            print(f"  {number}. {button['title']}")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("chat", help="talk to the running assistant in this terminal")
    parser.add_argument("--url", default="http://127.0.0.1:5005/webhooks/rest/webhook")
    parser.add_argument("--sender", default=None, help="conversation id (default: a new one)")


def run(args, settings) -> int:
    sender = args.sender or f"terminal-{uuid.uuid4().hex[:8]}"
    print(f"Conversation {sender}. Write your messages; Ctrl-D to leave.")
    try:
        show(send(args.url, sender, "hello"))
        print("> ", end="", flush=True)
        for line in sys.stdin:
            if line.strip():
                show(send(args.url, sender, line.rstrip("\n")))
            print("> ", end="", flush=True)
    except urllib.error.URLError as error:
        print(f"The assistant is not reachable at {args.url} ({error.reason}). "
              f"Start it with `make run`.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0
