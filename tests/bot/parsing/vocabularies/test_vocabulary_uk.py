"""Ukrainian through the public parsers: the words people type in Ukraine and abroad,
surzhyk and missing apostrophes included, and local number, date and money formats."""
from __future__ import annotations

import datetime

import pytest

from bot.parsing import (ParseError, match_control_word, parse_choice, parse_date,
                         parse_money, parse_multi_choice, parse_number, parse_yes_no)

LANG = "uk"
TODAY = datetime.date(2025, 6, 15)
PAYERS = [
    ("family", ["Пацієнт або його родина", "The patient or their family"]),
    ("us_family", ["Рідні чи друзі в США", "Family or friends in the US"]),
    ("charity", ["Лікарня або благодійний фонд", "The hospital or a charity"]),
    ("insurance", ["Страховка", "Insurance"]),
]


@pytest.mark.parametrize("raw", [
    "так", "Так!", "таак", "так, звісно", "звичайно", "авжеж", "ага", "угу", "згодна",
    "є", "так, є", "маю", "добре", "гаразд", "канєшно", "tak", "👍",
])
def test_yes(raw):
    assert parse_yes_no(raw, LANG) is True


@pytest.mark.parametrize("raw", [
    "ні", "Ні.", "нi", "ні, дякую", "ніт", "неа", "нє", "нєт", "нема", "немає",
    "не маю", "ще ні", "поки що ні", "ніколи", "ni",
])
def test_no(raw):
    assert parse_yes_no(raw, LANG) is False


@pytest.mark.parametrize("raw", ["не знаю", "пропустити", "адвокат", "так ні"])
def test_not_yes_or_no(raw):
    with pytest.raises(ParseError):
        parse_yes_no(raw, LANG)


@pytest.mark.parametrize("raw, expected", [
    ("пропустити", "skip"), ("Пропустіть, будь ласка", "skip"), ("далі", "skip"),
    ("наступне питання", "skip"), ("не хочу відповідати", "skip"),
    ("не знаю", "dont_know"), ("Незнаю", "dont_know"), ("не пам'ятаю", "dont_know"),
    ("не памʼятаю", "dont_know"), ("не памятаю", "dont_know"), ("нєзнаю", "dont_know"),
    ("гадки не маю", "dont_know"), ("хз", "dont_know"), ("не впевнена", "dont_know"),
    ("адвокат", "tell_lawyer"), ("скажу адвокату", "tell_lawyer"),
    ("краще скажу адвокату", "tell_lawyer"), ("тільки юристу", "tell_lawyer"),
    ("skip", "skip"),                                        # English works in Ukrainian
])
def test_control_words(raw, expected):
    assert match_control_word(raw, LANG) == expected


@pytest.mark.parametrize("raw", [
    "не знаю точну дату, десь березень 2024", "адвокат сказав чекати", "далі буде операція",
])
def test_answers_that_contain_control_words_are_answers(raw):
    assert match_control_word(raw, LANG) is None


@pytest.mark.parametrize("raw, expected", [
    ("3", 3), ("один", 1), ("два", 2), ("дві", 2), ("двоє дітей", 2), ("троє", 3),
    ("чотири", 4), ("пʼять", 5), ("пять", 5), ("сім", 7), ("дванадцять", 12),
    ("двадцять", 20), ("двадцять один", 21), ("сорок два", 42),
    ("сто двадцять пять", 125), ("жодного", 0), ("нуль", 0), ("3 дитини", 3),
])
def test_numbers(raw, expected):
    assert parse_number(raw, LANG) == expected


@pytest.mark.parametrize("raw, expected", [
    ("12.03.2025", "2025-03-12"),                 # day first
    ("03/12/2025", "2025-12-03"),
    ("3 березня 2025", "2025-03-03"),
    ("14 березня 2025 р.", "2025-03-14"),
    ("12 березня 2025 року", "2025-03-12"),
    ("березень 2024", "2024-03-01"),
    ("у березні 2024", "2024-03-01"),             # locative, via month_words
    ("приблизно в березні 2024", "2024-03-01"),
    ("у травні", "2025-05-01"),
    ("3 марта 2025", "2025-03-03"),               # Russian month name typed in Ukrainian
    ("2 тижні тому", "2025-06-01"),
    ("два тижні тому", "2025-06-01"),
    ("три тижні тому", "2025-05-25"),
    ("пів року тому", "2024-12-15"),
    ("вчора", "2025-06-14"),
    ("позавчора", "2025-06-13"),
    ("через 2 місяці", "2025-08-15"),
    ("наступного місяця", "2025-07-15"),
])
def test_dates(raw, expected):
    assert parse_date(raw, LANG, today=TODAY) == expected


@pytest.mark.parametrize("raw, default, expected", [
    ("1 500 грн", None, {"amount": "1500", "currency": "UAH"}),
    ("1500 гривень", None, {"amount": "1500", "currency": "UAH"}),
    ("1 500,50 грн", None, {"amount": "1500.50", "currency": "UAH"}),
    ("20 тисяч гривень", None, {"amount": "20000", "currency": "UAH"}),
    ("20 тис. грн", None, {"amount": "20000", "currency": "UAH"}),
    ("50к грн", None, {"amount": "50000", "currency": "UAH"}),
    ("1,5 млн грн", None, {"amount": "1500000", "currency": "UAH"}),
    ("100₴", None, {"amount": "100", "currency": "UAH"}),
    ("$2,000", None, {"amount": "2000", "currency": "USD"}),
    ("2000 доларів", None, {"amount": "2000", "currency": "USD"}),
    ("пʼятсот доларів", None, {"amount": "500", "currency": "USD"}),
    ("дві тисячі доларів", None, {"amount": "2000", "currency": "USD"}),
    ("3 000 євро", None, {"amount": "3000", "currency": "EUR"}),
    ("4000 злотих", None, {"amount": "4000", "currency": "PLN"}),
    ("8 000", "UAH", {"amount": "8000", "currency": "UAH"}),
])
def test_money(raw, default, expected):
    assert parse_money(raw, LANG, default_currency=default) == expected


@pytest.mark.parametrize("raw, expected", [
    ("2", "us_family"), ("друга", "us_family"), ("другий варіант", "us_family"),
    ("третій", "charity"), ("3й", "charity"), ("3-тя", "charity"),
    ("2-га", "us_family"), ("варіант 4", "insurance"),
    ("чотири", "insurance"), ("страховка", "insurance"), ("благодійний фонд", "charity"),
])
def test_choice(raw, expected):
    assert parse_choice(raw, LANG, PAYERS) == expected


@pytest.mark.parametrize("raw, expected", [
    ("1, 3", ["family", "charity"]), ("1 і 3", ["family", "charity"]),
    ("перший та четвертий", ["family", "insurance"]),
    ("усі", ["family", "us_family", "charity", "insurance"]),
    ("жодного", []),
])
def test_multi_choice(raw, expected):
    assert parse_multi_choice(raw, LANG, PAYERS) == expected
