"""Random and hostile messages through the interview engine (and its NLG): no
exception escapes, every reply is text in the case's language, and everything
stored reads back whole."""
from __future__ import annotations

import uuid

from hypothesis import HealthCheck, given, settings, strategies as st

from bot.interview.engine import Turn
from bot.interview.intents import ANSWER_INTENTS, COMMAND_INTENTS, STATUS_INTENTS

HOSTILE = ["<script>alert(1)</script>", "'; DROP TABLE cases; --", "\u202e\u0627\u0644", "🙂" * 50,
           "%s %d {0} {patient}", "\x00\x01\x1b[31m", "9" * 400, "/affirm{\"x\": 1}", "/",
           "0", "99", "١٢/٠٣/٢٠٢٤", "\n\n\n", "ayuda " * 200]
messages = st.one_of(st.text(max_size=200), st.sampled_from(HOSTILE))
intents = st.one_of(st.none(), st.sampled_from(STATUS_INTENTS + COMMAND_INTENTS + ANSWER_INTENTS))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(messages, intents, st.floats(0, 1)), min_size=1, max_size=12))
def test_no_message_breaks_a_conversation_or_half_writes_it(interview, store, clock, turns):
    sender = f"fuzz-{uuid.uuid4().hex}"
    for text, intent, confidence in turns:
        clock.advance(seconds=40)
        reply = interview.handle(Turn(sender, text, intent, confidence))
        assert all(isinstance(message.text, str) and message.text for message in reply.messages)
    for case in store.cases_for_sender(sender):
        assert isinstance(case.state, dict) and case.language
        for answer in store.answer_history(case.id):   # decrypts every stored value
            assert answer.question_id and answer.status
