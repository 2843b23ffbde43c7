from __future__ import annotations

import pytest

from bot.channels.keywords import HELP, KEYWORDS, OPT_IN, OPT_OUT, match_keyword


@pytest.mark.parametrize("text", ["STOP", "stop", "Stop.", "  STOPALL ", "UNSUBSCRIBE", "CANCEL",
                                  "END", "QUIT", "REVOKE", "OPT OUT", "opt-out", "Stop!"])
def test_english_opt_out_words(text):
    assert match_keyword(text).kind == OPT_OUT
    assert match_keyword(text).language == "en"


@pytest.mark.parametrize("text", ["ALTO", "Parar", "cancelar", "BAJA", "NO MÁS MENSAJES",
                                  "no mas mensajes", "No  más   mensajes."])
def test_spanish_opt_out_words(text):
    assert match_keyword(text).kind == OPT_OUT
    assert match_keyword(text).language == "es"


@pytest.mark.parametrize("text, language", [("START", "en"), ("unstop", "en"),
                                            ("COMENZAR", "es"), ("Iniciar", "es")])
def test_opt_in_words(text, language):
    assert match_keyword(text).kind == OPT_IN
    assert match_keyword(text).language == language


@pytest.mark.parametrize("text, language", [("HELP", "en"), ("help?", "en"), ("AYUDA", "es")])
def test_help_words(text, language):
    assert match_keyword(text).kind == HELP
    assert match_keyword(text).language == language


@pytest.mark.parametrize("text", ["stop the treatment", "I want to stop", "help me with the form",
                                  "no", "yes", "1", "", None, "stop " * 20])
def test_words_inside_a_longer_message_are_not_keywords(text):
    assert match_keyword(text) is None


def test_each_language_has_one_entry_with_every_kind():
    for language, kinds in KEYWORDS.items():
        assert set(kinds) == {OPT_OUT, OPT_IN, HELP}, language


def test_the_words_the_regulations_name_all_count():
    for word in ("stop", "quit", "end", "revoke", "opt out", "cancel", "unsubscribe"):
        assert match_keyword(word.upper()).kind == OPT_OUT
