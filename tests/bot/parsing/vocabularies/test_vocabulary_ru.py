"""Russian through the public parsers: the words people type in Ukraine, Russia and
Central Asia, "е" for "ё" and texting shorthand included, and local number, date and
money formats."""
from __future__ import annotations

import datetime

import pytest

from bot.parsing import (ParseError, match_control_word, parse_choice, parse_date,
                         parse_money, parse_multi_choice, parse_number, parse_yes_no)

LANG = "ru"
TODAY = datetime.date(2025, 6, 15)
PAYERS = [
    ("family", ["Пациент или его семья", "The patient or their family"]),
    ("us_family", ["Родные или друзья в США", "Family or friends in the US"]),
    ("charity", ["Больница или благотворительный фонд", "The hospital or a charity"]),
    ("insurance", ["Страховка", "Insurance"]),
]


@pytest.mark.parametrize("raw", [
    "да", "Да!", "даа", "да, конечно", "конечно", "канешно", "ага", "угу", "согласна",
    "есть", "да, есть", "хорошо", "ладно", "именно так", "всё верно", "da", "👍",
])
def test_yes(raw):
    assert parse_yes_no(raw, LANG) is True


@pytest.mark.parametrize("raw", [
    "нет", "Нет.", "нет, спасибо", "неа", "нету", "нэт", "никогда", "пока нет",
    "ещё нет", "еще нет", "ни за что", "конечно нет", "net",
])
def test_no(raw):
    assert parse_yes_no(raw, LANG) is False


@pytest.mark.parametrize("raw", ["не знаю", "пропустить", "адвокат", "да нет"])
def test_not_yes_or_no(raw):
    with pytest.raises(ParseError):
        parse_yes_no(raw, LANG)


@pytest.mark.parametrize("raw, expected", [
    ("пропустить", "skip"), ("Пропустите, пожалуйста", "skip"), ("дальше", "skip"),
    ("следующий вопрос", "skip"), ("не хочу отвечать", "skip"), ("скип", "skip"),
    ("не знаю", "dont_know"), ("Незнаю", "dont_know"), ("не помню", "dont_know"),
    ("понятия не имею", "dont_know"), ("хз", "dont_know"), ("не уверена", "dont_know"),
    ("затрудняюсь ответить", "dont_know"),
    ("адвокат", "tell_lawyer"), ("скажу адвокату", "tell_lawyer"),
    ("лучше скажу адвокату", "tell_lawyer"), ("только юристу", "tell_lawyer"),
    ("skip", "skip"),                                        # English works in Russian
])
def test_control_words(raw, expected):
    assert match_control_word(raw, LANG) == expected


@pytest.mark.parametrize("raw", [
    "не знаю точную дату, где-то март 2024", "адвокат сказал ждать", "дальше будет операция",
])
def test_answers_that_contain_control_words_are_answers(raw):
    assert match_control_word(raw, LANG) is None


@pytest.mark.parametrize("raw, expected", [
    ("3", 3), ("один", 1), ("два", 2), ("две", 2), ("двое детей", 2), ("трое", 3),
    ("четыре", 4), ("пять", 5), ("семь", 7), ("двенадцать", 12), ("двадцать", 20),
    ("двадцать один", 21), ("сорок два", 42), ("сто двадцать пять", 125),
    ("ни одного", 0), ("ноль", 0), ("3 ребенка", 3),
])
def test_numbers(raw, expected):
    assert parse_number(raw, LANG) == expected


@pytest.mark.parametrize("raw, expected", [
    ("12.03.2025", "2025-03-12"),                 # day first
    ("03/12/2025", "2025-12-03"),
    ("3 марта 2025", "2025-03-03"),
    ("14 марта 2025 г.", "2025-03-14"),
    ("12 марта 2025 года", "2025-03-12"),
    ("март 2024", "2024-03-01"),
    ("в марте 2024", "2024-03-01"),               # prepositional case, via month_words
    ("примерно в марте 2024", "2024-03-01"),
    ("где-то в мае", "2025-05-01"),
    ("2 недели назад", "2025-06-01"),
    ("две недели назад", "2025-06-01"),
    ("неделю назад", "2025-06-08"),
    ("год назад", "2024-06-15"),
    ("полгода назад", "2024-12-15"),
    ("вчера", "2025-06-14"),
    ("позавчера", "2025-06-13"),
    ("на прошлой неделе", "2025-06-08"),
    ("через 2 месяца", "2025-08-15"),
    ("в следующем месяце", "2025-07-15"),
])
def test_dates(raw, expected):
    assert parse_date(raw, LANG, today=TODAY) == expected


@pytest.mark.parametrize("raw, default, expected", [
    ("1 500 руб", None, {"amount": "1500", "currency": "RUB"}),
    ("1500 рублей", None, {"amount": "1500", "currency": "RUB"}),
    ("1 500,50 ₽", None, {"amount": "1500.50", "currency": "RUB"}),
    ("20 тысяч рублей", None, {"amount": "20000", "currency": "RUB"}),
    ("20 тыс. руб.", None, {"amount": "20000", "currency": "RUB"}),
    ("50к рублей", None, {"amount": "50000", "currency": "RUB"}),
    ("1,5 млн рублей", None, {"amount": "1500000", "currency": "RUB"}),
    ("10 000 гривен", None, {"amount": "10000", "currency": "UAH"}),
    ("5000 грн", None, {"amount": "5000", "currency": "UAH"}),
    ("$2,000", None, {"amount": "2000", "currency": "USD"}),
    ("2000 долларов", None, {"amount": "2000", "currency": "USD"}),
    ("пятьсот долларов", None, {"amount": "500", "currency": "USD"}),
    ("две тысячи долларов", None, {"amount": "2000", "currency": "USD"}),
    ("3 000 евро", None, {"amount": "3000", "currency": "EUR"}),
    ("100 000 тенге", None, {"amount": "100000", "currency": "KZT"}),
    ("8 000", "RUB", {"amount": "8000", "currency": "RUB"}),
])
def test_money(raw, default, expected):
    assert parse_money(raw, LANG, default_currency=default) == expected


@pytest.mark.parametrize("raw, expected", [
    ("2", "us_family"), ("вторая", "us_family"), ("второй вариант", "us_family"),
    ("третий", "charity"), ("3й", "charity"), ("3-ий", "charity"),
    ("2-я", "us_family"), ("вариант 4", "insurance"),
    ("четыре", "insurance"), ("страховка", "insurance"), ("благотворительный фонд", "charity"),
])
def test_choice(raw, expected):
    assert parse_choice(raw, LANG, PAYERS) == expected


@pytest.mark.parametrize("raw, expected", [
    ("1, 3", ["family", "charity"]), ("1 и 3", ["family", "charity"]),
    ("первый и четвертый", ["family", "insurance"]),
    ("все", ["family", "us_family", "charity", "insurance"]),
    ("ни одного", []),
])
def test_multi_choice(raw, expected):
    assert parse_multi_choice(raw, LANG, PAYERS) == expected
