"""Twelve languages in the engine: the first message picks the language (or the menu
is shown first), any language can be chosen at any point, and messages in another
language, script or no language at all never switch it silently nor lose an answer."""
from __future__ import annotations

import pytest

from bot.i18n.catalog import gettext_for
from bot.i18n.languages import LANGUAGES
from bot.interview.state import Mode
from bot.nlg.messages import MESSAGES

OPENERS = {
    "es": "Hola, necesito ayuda para mi mamá",
    "ht": "Bonjou, mwen bezwen èd pou manman m",
    "fr": "Bonjour, j'ai besoin d'aide pour ma mère",
    "pt_BR": "Olá, preciso de ajuda para minha mãe",
    "uk": "Добрий день, мені потрібна допомога",
    "ru": "Здравствуйте, мне нужна помощь для мамы",
    "ar": "مرحبا، أحتاج إلى مساعدة لأمي",
    "fa_AF": "سلام، برای مادرم کمک ضرورت دارم",
    "ps": "سلام، زما مور ته مرستې ته اړتیا لرم",
    "zh_Hans": "你好，我妈妈需要帮助",
    "vi": "Xin chào, tôi cần giúp đỡ cho mẹ tôi",
    "en": "Hi, I need help for my mother",
}


def welcome_in(code: str) -> str:
    return gettext_for(code)(MESSAGES["welcome"])


def test_every_language_has_an_opener_here():
    assert set(OPENERS) == {language.code for language in LANGUAGES}


@pytest.mark.parametrize("code", sorted(OPENERS))
def test_first_message_in_a_language_gets_the_welcome_in_it(chat, code):
    chat.say(OPENERS[code], "greet")
    assert chat.case.language == code
    assert chat.reply.language == code
    assert welcome_in(code) in chat.text
    assert chat.mode is Mode.CONSENT


@pytest.mark.parametrize("opener", ["👋🙏", "ok", "123", "Guten Tag, ich brauche Hilfe für meine Mutter"])
def test_an_unclear_first_message_gets_the_menu_before_anything(chat, opener):
    chat.say(opener)
    assert chat.mode is Mode.LANGUAGE
    titles = [button.title for button in chat.reply.messages[-1].buttons]
    assert [language.native_name for language in LANGUAGES] == titles[:len(LANGUAGES)]
    assert "دری" in titles and "Kreyòl Ayisyen" in titles
    chat.say("3")                        # the third language on the menu: French
    assert chat.case.language == "fr" and chat.mode is Mode.CONSENT
    assert welcome_in("fr") in chat.text
    assert chat.case.consent_at is None


def test_language_named_in_its_own_script_switches_mid_interview(chat):
    chat.consent()
    where = chat.current
    chat.say("русский", "change_language")
    assert chat.case.language == "ru" and chat.mode is Mode.ASKING
    assert chat.current == where
    chat.say("العربية", "change_language")
    assert chat.case.language == "ar" and chat.reply.language == "ar"


def test_the_choice_persists_into_a_later_session(chat, clock):
    chat.consent()
    chat.say("Tiếng Việt", "change_language")
    clock.advance(days=3)
    chat.say("xin chào", "greet")
    assert chat.case.language == "vi" and chat.reply.language == "vi"


@pytest.mark.parametrize("message", [
    "Мой сын is in the hospital",          # mixed languages
    "ana ahtaj musaada",                   # Arabic in Latin letters
    "😢😢",                                # emoji only
    "Ich weiß es nicht",                   # a language we do not speak
])
def test_other_languages_mid_interview_keep_the_language_and_the_answers(chat, message):
    chat.consent()
    chat.answer_current()
    saved = dict(chat.answers())
    chat.say(message)
    assert chat.case.language == "en" and chat.reply.language == "en"
    assert all(chat.answers()[key] == value for key, value in saved.items())
    assert chat.mode in (Mode.ASKING, Mode.CONFIRM_COMMAND)
