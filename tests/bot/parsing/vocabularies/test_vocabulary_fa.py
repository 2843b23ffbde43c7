"""Dari through the public parsers: yes/no (بلی، نخیر، ندارم), control words typed with
or without the half-space and on an Arabic keyboard, number words, day-first dates with
Afghan month names (جنوری، مارچ، سپتمبر), afghani, kaldar and dollar amounts (لک,
هزار) in Western and Persian digits, choices picked by ordinal words."""
from __future__ import annotations

import datetime

import pytest

from bot.parsing import (ParseError, match_control_word, parse_choice, parse_date,
                         parse_money, parse_money_list, parse_multi_choice, parse_number,
                         parse_yes_no)

LANG = "fa_AF"       # the catalog code; the parsers use the base language "fa"
TODAY = datetime.date(2025, 6, 15)
OUTCOME = [
    ("denied", ["رد شد", "It was denied"]),
    ("approved", ["قبول شد", "It was approved"]),
    ("withdrawn", ["پس گرفته شد", "It was withdrawn"]),
    ("pending", ["هنوز جوابی نیامده", "No answer yet"]),
]
RECORDS = [
    ("scans", ["عکس اکسری یا اسکن", "Scans or X-rays"]),
    ("labs", ["نتایج لابراتوار یا معاینهٔ خون", "Lab or blood test results"]),
    ("biopsy", ["راپور بیوپسی", "Biopsy reports"]),
    ("prescriptions", ["نسخه‌های داکتر", "Prescriptions"]),
]


@pytest.mark.parametrize("text", ["بلی", "بله", "بلی، دارم", "بلي", "ها", "هان", "آره",
                                  "درست است", "صحیح است", "حتماً", "البته", "قبول دارم",
                                  "موافقم", "دارم", "بلی میتانه", "تیک است", "bale", "bali"])
def test_yes(text):
    assert parse_yes_no(text, LANG) is True


@pytest.mark.parametrize("text", ["نه", "نی", "نخیر", "نه خیر", "ندارم", "نداریم",
                                  "نه، داکتر نگفته", "هرگز", "هیچ وقت", "هنوز نه",
                                  "نیست", "موجود نیست", "نه تشکر", "نمی‌تواند", "nakhair"])
def test_no(text):
    assert parse_yes_no(text, LANG) is False


@pytest.mark.parametrize("text", ["نمی‌دانم", "نمیدانم", "خبر ندارم", "بلی، نه", "بعدی",
                                  "وکیل", "1"])
def test_not_yes_or_no(text):
    with pytest.raises(ParseError) as error:
        parse_yes_no(text, LANG)
    assert error.value.code == "yes_no_unknown"


@pytest.mark.parametrize("text, expected", [
    ("بعدی", "skip"), ("سوال بعدی", "skip"), ("سوال بعدی لطفاً", "skip"),
    ("تیر شو", "skip"), ("از این سوال بگذرید", "skip"), ("جواب نمی‌دهم", "skip"),
    ("بدون جواب", "skip"), ("بعدي", "skip"),
    ("نمی‌دانم", "dont_know"), ("نمیدانم", "dont_know"), ("نمی دانم", "dont_know"),
    ("نميدانم", "dont_know"), ("نمیفامم", "dont_know"), ("خبر ندارم", "dont_know"),
    ("یادم نیست", "dont_know"), ("مطمئن نیستم", "dont_know"), ("معلومات ندارم", "dont_know"),
    ("خدا می‌داند", "dont_know"), ("namidanam", "dont_know"),
    ("وکیل", "tell_lawyer"), ("وكيل", "tell_lawyer"), ("وکیل صاحب", "tell_lawyer"),
    ("به وکیل می‌گویم", "tell_lawyer"), ("به وکیل صاحب میگویم", "tell_lawyer"),
    ("فقط به وکیل", "tell_lawyer"), ("ترجیح می‌دهم به وکیل بگویم", "tell_lawyer"),
    ("I don't know", "dont_know"),                   # English works in Dari too
])
def test_control_words(text, expected):
    assert match_control_word(text, LANG) == expected


@pytest.mark.parametrize("text", ["تاریخ دقیق را نمی‌دانم، شاید مارچ 2024",
                                  "وکیل نداریم", "سوال بعدی را بعداً جواب می‌دهم"])
def test_control_words_only_as_the_whole_message(text):
    assert match_control_word(text, LANG) is None


@pytest.mark.parametrize("text, expected", [
    ("پنج", 5), ("سه", 3), ("چار", 4), ("چهار", 4), ("یازده", 11), ("پانزده", 15),
    ("بیست", 20), ("بیست و پنج", 25), ("سی و دو", 32), ("صد", 100), ("دو صد", 200),
    ("یکصد و بیست", 120), ("پنجصد", 500), ("صفر", 0), ("۱۲", 12), ("٣", 3),
    ("۳ هفته", 3), ("هیچ کدام", 0), ("سه طفل دارد", 3),
])
def test_numbers(text, expected):
    assert parse_number(text, LANG) == expected


def test_half_space_compound_is_asked_again_not_misread():
    # "بیست‌وپنج" (25, half-space before و) must never read as 20.
    with pytest.raises(ParseError) as error:
        parse_number("بیست‌وپنج", LANG)
    assert error.value.code == "number_invalid"


@pytest.mark.parametrize("text, expected", [
    ("12/03/2025", "2025-03-12"), ("۱۲/۰۳/۲۰۲۵", "2025-03-12"), ("12.03.2025", "2025-03-12"),
    ("2025-03-12", "2025-03-12"), ("۱۲ مارچ ۲۰۲۵", "2025-03-12"),
    ("3 مارچ 2024", "2024-03-03"), ("12 جنوری 2024", "2024-01-12"),
    ("1 سپتمبر 2025", "2025-09-01"), ("15 می 2024", "2024-05-15"), ("می 2024", "2024-05-01"),
    ("اپریل ۲۰۲۴", "2024-04-01"), ("حدود مارچ 2024", "2024-03-01"),
    ("در ماه مارچ 2024", "2024-03-01"), ("فکر می کنم ۳ مارچ ۲۰۲۴", "2024-03-03"),
    ("02/06/1985 (میلادی)", "1985-06-02"), ("۲۰۲۴", "2024-01-01"),
    ("دیروز", "2025-06-14"), ("امروز", "2025-06-15"), ("هفته گذشته", "2025-06-08"),
    ("ماه گذشته", "2025-05-15"), ("سال گذشته", "2024-06-15"), ("ماه آینده", "2025-07-15"),
    ("دو هفته پیش", "2025-06-01"), ("۲ هفته پیش", "2025-06-01"), ("سه هفته پیش", "2025-05-25"),
    ("سه روز پیش", "2025-06-12"), ("یک سال پیش", "2024-06-15"), ("دو ماه بعد", "2025-08-15"),
])
def test_dates(text, expected):
    assert parse_date(text, LANG, today=TODAY) == expected


def test_solar_hijri_year_is_too_old_not_misread():
    # "1364" is a solar Hijri year (1985); it is refused, and the re-ask asks for a
    # Gregorian (میلادی) date.
    with pytest.raises(ParseError) as error:
        parse_date("1364", LANG, today=TODAY)
    assert error.value.code == "date_too_old"


@pytest.mark.parametrize("text, default, amount, currency", [
    ("۱۵۰۰ دالر", None, "1500", "USD"), ("1500 افغانی", None, "1500", "AFN"),
    ("۵۰۰۰۰ افغانی", None, "50000", "AFN"), ("50,000 افغانی", None, "50000", "AFN"),
    ("1500.50 دالر", None, "1500.50", "USD"), ("$2,000", None, "2000", "USD"),
    ("5 هزار دالر", None, "5000", "USD"), ("پنج هزار دالر", None, "5000", "USD"),
    ("یک لک افغانی", None, "100000", "AFN"), ("2 لک افغانی", None, "200000", "AFN"),
    ("20000 کلدار", None, "20000", "PKR"), ("۳۰۰ یورو", None, "300", "EUR"),
    ("1000 دلار", None, "1000", "USD"), ("500 AFN", None, "500", "AFN"),
    ("8000", "AFN", "8000", "AFN"),
])
def test_money(text, default, amount, currency):
    assert parse_money(text, LANG, default_currency=default) == {"amount": amount,
                                                                 "currency": currency}


def test_cost_list():
    text = "عملیات 40000 دالر\nتکت طیاره 1200 دالر\nاتاق برای 2 ماه 1800 دالر"
    assert parse_money_list(text, LANG) == [
        {"label": "عملیات", "amount": "40000", "currency": "USD"},
        {"label": "تکت طیاره", "amount": "1200", "currency": "USD"},
        {"label": "اتاق برای 2 ماه", "amount": "1800", "currency": "USD"},
    ]


@pytest.mark.parametrize("text, expected", [
    ("دوم", "approved"), ("دومی", "approved"), ("دومين", "approved"),
    ("گزینه سوم", "withdrawn"), ("نمبر دو", "approved"), ("چارم", "pending"),
    ("اولی", "denied"), ("۲", "approved"), ("٣", "withdrawn"), ("رد شد", "denied"),
    ("قبول شد", "approved"), ("هنوز جوابی نیامده", "pending"),
])
def test_choice(text, expected):
    assert parse_choice(text, LANG, OUTCOME) == expected


@pytest.mark.parametrize("text, expected", [
    ("1 و 3", ["scans", "biopsy"]), ("۱ و ۳", ["scans", "biopsy"]),
    ("1، 3", ["scans", "biopsy"]), ("اولی و سومی", ["scans", "biopsy"]),
    ("همه", ["scans", "labs", "biopsy", "prescriptions"]), ("هیچ کدام", []),
    ("راپور بیوپسی", ["biopsy"]),
])
def test_multi_choice(text, expected):
    assert parse_multi_choice(text, LANG, RECORDS) == expected
