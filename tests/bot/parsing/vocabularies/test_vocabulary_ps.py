"""Pashto through the public parsers: yes/no, control words (also as typed on a
Persian keyboard or in Latin letters), number words, day-first dates with Pashto
month names, Afghani and dollar amounts in Western and Persian digits, choices."""
from __future__ import annotations

import datetime

import pytest

from bot.parsing import (ParseError, match_control_word, parse_choice, parse_date,
                         parse_event_list, parse_money, parse_money_list,
                         parse_multi_choice, parse_number, parse_yes_no)

LANG = "ps"
TODAY = datetime.date(2025, 6, 15)
REQUEST = [
    ("first_request", ["نه، دا لومړی ځل دی", "No, this is the first time"]),
    ("denied", ["هو، او رد شوه", "Yes, and it was denied"]),
    ("again", ["هو، او بیا یې غواړو", "Yes, and we are asking again"]),
]


@pytest.mark.parametrize("text", ["هو", "هوکې", "هوکی", "هو، لرم", "هو لري", "بلې",
                                  "سمه ده", "سم دی", "ښه ده", "بالکل", "حتماً", "منم",
                                  "موافق یم", "ولې نه", "شته", "ho", "hoo", "هو، مننه"])
def test_yes(text):
    assert parse_yes_no(text, LANG) is True


@pytest.mark.parametrize("text", ["نه", "نه نه", "نه، مننه", "هیڅکله", "هېڅکله", "نه لرم",
                                  "نه یې لرم", "نشته", "لا نه", "تر اوسه نه", "نه دی",
                                  "نه غواړم", "na", "nashta"])
def test_no(text):
    assert parse_yes_no(text, LANG) is False


@pytest.mark.parametrize("text", ["نه پوهېږم", "نه پوهیږم", "تېر", "وکیل", "1"])
def test_not_yes_or_no(text):
    with pytest.raises(ParseError) as error:
        parse_yes_no(text, LANG)
    assert error.value.code == "yes_no_unknown"


@pytest.mark.parametrize("text, expected", [
    ("تېر", "skip"), ("تیر", "skip"), ("تېر شه", "skip"), ("تیر شه", "skip"),
    ("پرېږده", "skip"), ("پریږده", "skip"), ("دا پوښتنه پرېږده", "skip"),
    ("بله پوښتنه", "skip"), ("ځواب نه ورکوم", "skip"),
    ("نه پوهېږم", "dont_know"), ("نه پوهیږم", "dont_know"), ("نه پوهيږم", "dont_know"),
    ("زه نه پوهېږم", "dont_know"), ("نه یم خبر", "dont_know"), ("خبر نه یم", "dont_know"),
    ("یاد مې نه دي", "dont_know"), ("ډاډه نه یم", "dont_know"),
    ("نه پوهېږم، مننه", "dont_know"), ("na pohegam", "dont_know"),
    ("وکیل", "tell_lawyer"), ("وکیل ته", "tell_lawyer"),
    ("وکیل ته به یې ووایم", "tell_lawyer"), ("یوازې وکیل ته", "tell_lawyer"),
    ("له وکیل سره", "tell_lawyer"), ("wakil", "tell_lawyer"),
])
def test_control_words(text, expected):
    assert match_control_word(text, LANG) == expected


@pytest.mark.parametrize("text", ["نه پوهېږم چې ولې یې رد کړه، ټول اسناد مو ورکړي وو",
                                  "وکیل نه لرو", "هو"])
def test_answers_are_not_control_words(text):
    assert match_control_word(text, LANG) is None


@pytest.mark.parametrize("text, expected", [
    ("درې", 3), ("دری", 3), ("۳", 3), ("3", 3), ("اته ماشومان", 8), ("۳ ماشومان", 3),
    ("لس", 10), ("دولس", 12), ("پنځلس", 15), ("شپاړس", 16), ("شل", 20),
    ("یوویشت", 21), ("درویشت", 23), ("دېرش", 30), ("دیرش", 30), ("سل", 100),
    ("دوه سوه", 200), ("دوه سوه او پنځوس", 250), ("۱۲ اونۍ", 12), ("هیڅ", 0),
    ("صفر", 0),
])
def test_numbers(text, expected):
    assert parse_number(text, LANG) == expected


@pytest.mark.parametrize("text, expected", [
    ("12/03/2025", "2025-03-12"),          # day first
    ("۱۲/۰۳/۲۰۲۵", "2025-03-12"),          # Persian digits
    ("12.03.2025", "2025-03-12"),
    ("12-03-2025", "2025-03-12"),
    ("2025-03-12", "2025-03-12"),
    ("۱۲ مارچ ۲۰۲۵", "2025-03-12"),
    ("12 مارچ 2025", "2025-03-12"),
    ("۳ جنوري ۲۰۲۵", "2025-01-03"),
    ("۳ جنوری ۲۰۲۵", "2025-01-03"),        # typed on a Persian keyboard
    ("5 مۍ 2024", "2024-05-05"),
    ("5 می 2024", "2024-05-05"),
    ("15 اګست 2021", "2021-08-15"),
    ("15 اگست 2021", "2021-08-15"),
    ("۲ جون ۱۹۸۵", "1985-06-02"),
    ("مارچ 2024", "2024-03-01"),           # a month is its first day
    ("په مارچ 2024 کې", "2024-03-01"),
    ("شاوخوا مارچ 2024", "2024-03-01"),
    ("۲۰۲۴", "2024-01-01"),
    ("په ۲۰۲۳ کې", "2023-01-01"),
])
def test_dates(text, expected):
    assert parse_date(text, LANG, today=TODAY) == expected


def test_event_list_as_in_the_example():
    text = "02/03/2024 - لومړی درد\n15/05/2024 - په مرکزي روغتون کې تشخیص"
    assert parse_event_list(text, LANG, today=TODAY) == [
        {"date": "2024-03-02", "text": "لومړی درد"},
        {"date": "2024-05-15", "text": "په مرکزي روغتون کې تشخیص"},
    ]


def _money(amount: str, currency: str) -> dict:
    return {"amount": amount, "currency": currency}


@pytest.mark.parametrize("text, default, expected", [
    ("1500 افغانۍ", None, _money("1500", "AFN")),
    ("۱۵۰۰ افغانۍ", None, _money("1500", "AFN")),
    ("۱۵۰۰ افغانی", None, _money("1500", "AFN")),
    ("۱,۵۰۰ افغانۍ", None, _money("1500", "AFN")),
    ("1.500,50 افغانۍ", None, _money("1500.50", "AFN")),
    ("۵۰ ۰۰۰ افغانۍ", None, _money("50000", "AFN")),
    ("50 زره افغانۍ", None, _money("50000", "AFN")),
    ("پنځه زره افغانۍ", None, _money("5000", "AFN")),
    ("5 لکه افغانۍ", None, _money("500000", "AFN")),
    ("2 میلیونه افغانۍ", None, _money("2000000", "AFN")),
    ("2000 ؋", None, _money("2000", "AFN")),
    ("1000 AFN", None, _money("1000", "AFN")),
    ("۱۰۰۰", "AFN", _money("1000", "AFN")),
    ("2000 ډالر", None, _money("2000", "USD")),
    ("۲۰۰۰ دالر", None, _money("2000", "USD")),
    ("1,500.50 ډالر", None, _money("1500.50", "USD")),
    ("$2,000", None, _money("2000", "USD")),
    ("سل ډالر", None, _money("100", "USD")),
    ("۵۰ زره کلدار", None, _money("50000", "PKR")),
    ("500 یورو", None, _money("500", "EUR")),
])
def test_money(text, default, expected):
    assert parse_money(text, LANG, default_currency=default) == expected


def test_cost_list_as_in_the_example():
    text = "عملیات 40000 ډالر\nالوتنې 1200 ډالر\nد 2 میاشتو کوټه 1800 ډالر"
    assert parse_money_list(text, LANG) == [
        {"label": "عملیات", "amount": "40000", "currency": "USD"},
        {"label": "الوتنې", "amount": "1200", "currency": "USD"},
        {"label": "2 میاشتو کوټه", "amount": "1800", "currency": "USD"},
    ]


@pytest.mark.parametrize("text, expected", [
    ("2", "denied"), ("۲", "denied"), ("دوه", "denied"), ("دوهم", "denied"),
    ("دویم", "denied"), ("دویمه", "denied"), ("۲م", "denied"), ("شمېره ۲", "denied"),
    ("درېیم", "again"), ("دریم", "again"), ("درې", "again"), ("لومړی", "first_request"),
    ("بیا یې غواړو", "again"),
])
def test_choice(text, expected):
    assert parse_choice(text, LANG, REQUEST) == expected


@pytest.mark.parametrize("text, expected", [
    ("1، 3", ["first_request", "again"]),
    ("۱، ۳", ["first_request", "again"]),
    ("۱ او ۳", ["first_request", "again"]),
    ("لومړی او دریم", ["first_request", "again"]),
    ("ټول", ["first_request", "denied", "again"]),
    ("هیڅ", []),
])
def test_multi_choice(text, expected):
    assert parse_multi_choice(text, LANG, REQUEST) == expected
