"""The widget's socket.io channel and upload endpoint against the running stack,
with python-socketio's own client (the browser test drives the real widget):
allowed and refused origins, session ids, a conversation that survives a new
connection, and uploads of the right and wrong kinds and sizes."""
from __future__ import annotations

import queue

import pytest
import requests
import socketio

from bot.channels.messages import channel_text
from bot.channels.widget import sender_for

from conftest import RASA_PORT, STAFF_PORT

pytestmark = pytest.mark.e2e

SERVER = f"http://127.0.0.1:{RASA_PORT}"
UPLOAD = f"{SERVER}/webhooks/widget/upload"
ALLOWED = f"http://localhost:{STAFF_PORT}"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


class WidgetClient:
    """One browser tab's socket, as widget.js uses it."""

    def __init__(self, origin: str = ALLOWED):
        self.replies: "queue.Queue[dict]" = queue.Queue()
        self.confirmed: "queue.Queue[str]" = queue.Queue()
        self.sio = socketio.Client(reconnection=False)
        self.sio.on("bot_uttered", self.replies.put)
        self.sio.on("session_confirm", self.confirmed.put)
        self.sio.connect(SERVER, headers={"Origin": origin}, transports=["polling"],
                         wait_timeout=10)
        self.session_id = ""

    def join(self, session_id=None) -> str:
        self.sio.emit("session_request", {"session_id": session_id})
        self.session_id = self.confirmed.get(timeout=10)
        return self.session_id

    def say(self, text: str, language: str = "es", expect: int = 1) -> list[dict]:
        self.sio.emit("user_uttered", {"message": text, "session_id": self.session_id,
                                       "metadata": {"language": language}})
        replies = [self.replies.get(timeout=60)]
        while True:   # a reply may come in several messages
            try:
                replies.append(self.replies.get(timeout=1.5))
            except queue.Empty:
                return replies

    def close(self) -> None:
        self.sio.disconnect()


@pytest.fixture
def tab(stack):
    client = WidgetClient()
    yield client
    client.close()


def texts(replies: list[dict]) -> str:
    return " ".join(reply.get("text", "") for reply in replies)


def test_a_site_not_on_the_list_cannot_connect(stack):
    with pytest.raises(socketio.exceptions.ConnectionError):
        WidgetClient(origin="https://evil.example")


def test_session_ids_are_made_by_the_server_unless_well_formed(tab):
    made = tab.join(None)
    assert len(made) == 32 and int(made, 16) >= 0
    assert tab.join("+15005550100") != "+15005550100"      # never someone's phone number
    assert tab.join("a" * 32) == "a" * 32


def test_conversation_continues_on_a_new_connection(tab, store):
    session_id = tab.join(None)
    welcome = tab.say("Español")
    assert any(reply.get("quick_replies") for reply in welcome), welcome
    case = store.active_case(sender_for(session_id))
    assert case is not None and case.language == "es" and case.channel == "socketio"
    tab.close()
    reloaded = WidgetClient()
    try:
        assert reloaded.join(session_id) == session_id
        reloaded.say("sí")
        assert store.active_case(sender_for(session_id)).consent_at is not None
    finally:
        reloaded.close()


def test_messages_for_a_session_the_socket_did_not_join_are_dropped(tab, store):
    tab.join(None)
    stranger = "b" * 32
    tab.sio.emit("user_uttered", {"message": "hola", "session_id": stranger})
    with pytest.raises(queue.Empty):
        tab.replies.get(timeout=3)
    assert store.active_case(sender_for(stranger)) is None


def test_uploads_are_checked_and_filed_on_the_case(tab, store, settings):
    from bot.storage.messaging import open_case_documents

    session_id = tab.join(None)
    headers = {"Origin": ALLOWED}
    before = requests.post(UPLOAD, data={"session_id": session_id}, headers=headers,
                           files={"file": ("letter.png", PNG, "image/png")}, timeout=30)
    assert before.status_code == 400                       # no conversation yet
    tab.say("Español")
    tab.say("sí")
    accepted = requests.post(UPLOAD, data={"session_id": session_id}, headers=headers,
                             files={"file": ("letter.png", PNG, "image/png")}, timeout=30)
    assert accepted.status_code == 200, accepted.text
    assert accepted.json() == {"ok": True, "message": channel_text("media_received", "es")}
    assert accepted.headers["Access-Control-Allow-Origin"] == ALLOWED
    case = store.active_case(sender_for(session_id))
    documents = open_case_documents(settings).index_for_case(case.id)
    assert [document.content_type for document in documents] == ["image/png"]

    wrong_type = requests.post(UPLOAD, data={"session_id": session_id}, headers=headers,
                               files={"file": ("notes.txt", b"just text", "text/plain")},
                               timeout=30)
    assert wrong_type.status_code == 415
    assert wrong_type.json()["message"] == channel_text("media_rejected", "es")
    too_big = requests.post(UPLOAD, data={"session_id": session_id}, headers=headers,
                            files={"file": ("big.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024),
                                            "application/pdf")}, timeout=60)
    assert too_big.status_code == 413 and too_big.json()["ok"] is False
    huge = requests.post(UPLOAD, data={"session_id": session_id}, headers=headers,
                         files={"file": ("huge.pdf", b"%PDF-" + b"0" * (12 * 1024 * 1024),
                                         "application/pdf")}, timeout=60)
    assert huge.status_code == 413                        # refused before it is read
    elsewhere = requests.post(UPLOAD, data={"session_id": session_id},
                              headers={"Origin": "https://evil.example"},
                              files={"file": ("letter.png", PNG, "image/png")}, timeout=30)
    assert elsewhere.status_code == 403
    assert len(open_case_documents(settings).index_for_case(case.id)) == 1
