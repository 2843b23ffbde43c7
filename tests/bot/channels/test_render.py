from __future__ import annotations

from bot.channels.render import numbered, render_message, render_turn
from bot.interview.engine import button_payload


def test_buttons_become_a_numbered_list_in_the_same_message():
    message = {"text": "Do you agree?", "buttons": [{"title": "Yes", "payload": "/affirm"},
                                                    {"title": "No", "payload": "/deny"}]}
    assert render_message(message) == "Do you agree?\n1. Yes\n2. No"


def test_the_numbers_map_back_to_the_buttons_through_the_engine():
    buttons = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]
    listed = numbered(buttons).splitlines()
    for line, button in zip(listed, buttons):
        number = line.split(".")[0]
        assert button_payload(number, [b["payload"] for b in buttons]) == button["payload"]


def test_a_turns_messages_are_one_text_paragraphs_apart():
    turn = [{"text": "Hello."}, {"text": None}, {"text": "Question?", "buttons": [
        {"title": "A", "payload": "a"}]}]
    assert render_turn(turn) == "Hello.\n\nQuestion?\n1. A"
    assert render_turn([]) == ""
