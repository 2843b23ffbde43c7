"""The opening message's language, offline: decided when the evidence is clear,
None (so the menu is shown) when it is not."""
from __future__ import annotations

import pytest

from bot.i18n.detect import detect_language, language_mentioned, language_named
from bot.i18n.languages import LANGUAGES


@pytest.mark.parametrize("text, expected", [
    # whole sentences
    ("Hi, I need help with a parole request for my mother", "en"),
    ("Hola, necesito ayuda con el permiso para mi hijo", "es"),
    ("Bonjou, mwen bezwen èd pou pitit mwen an", "ht"),
    ("Bonjour, j'ai besoin d'aide pour mon fils", "fr"),
    ("Olá, preciso de ajuda com o pedido do meu filho", "pt_BR"),
    ("Добрий день, мені потрібна допомога з сином", "uk"),
    ("Здравствуйте, мне нужна помощь с сыном", "ru"),
    ("مرحبا، أحتاج إلى مساعدة من أجل ابني", "ar"),
    ("سلام، برای پسرم کمک ضرورت دارم", "fa_AF"),
    ("سلام، زما زوی ته مرستې ته اړتیا لرم", "ps"),
    ("你好，我儿子需要帮助", "zh_Hans"),
    ("Xin chào, tôi cần giúp đỡ cho con trai tôi", "vi"),
    # one- and two-word openers
    ("hola", "es"), ("hi", "en"), ("bonjou", "ht"), ("bonjour", "fr"), ("olá", "pt_BR"),
    ("привіт", "uk"), ("привет", "ru"), ("你好", "zh_Hans"), ("xin chào", "vi"),
    ("buenas tardes", "es"), ("good morning", "en"),
    # a language's name, in itself or in English
    ("français", "fr"), ("in English", "en"), ("русский", "ru"), ("دری", "fa_AF"),
    ("Kreyòl", "ht"), ("Spanish", "es"), ("Português", "pt_BR"), ("پښتو", "ps"),
])
def test_clear_openers_are_recognised(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", [
    "", "   ", "👋", "🙏🙏", "123", "?", "ok",
    "salam",                                           # Arabic, Dari and Pashto all say it
    "سلام",
    "Guten Tag, ich brauche Hilfe für meine Mutter",   # a language we do not speak
    "Dzień dobry, potrzebuję pomocy",
])
def test_unclear_openers_get_the_menu(text):
    assert detect_language(text) is None


def test_every_language_is_reachable_by_its_own_name():
    for language in LANGUAGES:
        assert language_named(language.native_name) == language.code
        assert language_named(language.english_name) == language.code


@pytest.mark.parametrize("text, expected", [
    ("quiero hablar en francés", "fr"),
    ("can we switch to русский", "ru"),
    ("je préfère l'arabe", "ar"),
    ("change language", None),
    ("en inglés o español", None),         # two languages: ask
    ("es la misma", None),                 # "es" is a word here, not a code
])
def test_a_language_named_inside_a_request(text, expected):
    assert language_mentioned(text) == expected
