"""Arabic through the public parsers: yes/no in MSA and dialect (ايوه، مافي، ماكو),
control words, number words (colloquial 11-19, و-joined hundreds), day-first dates with
Egyptian and Levantine month names, dollar and local-currency amounts in Western and
Arabic-Indic digits, choices picked by ordinal words."""
from __future__ import annotations

import datetime

import pytest

from bot.parsing import (ParseError, match_control_word, parse_choice, parse_date,
                         parse_money, parse_money_list, parse_multi_choice, parse_number,
                         parse_yes_no)

LANG = "ar"
TODAY = datetime.date(2025, 6, 15)
OUTCOME = [
    ("denied", ["رُفض", "It was denied"]),
    ("approved", ["تمت الموافقة عليه", "It was approved"]),
    ("withdrawn", ["تم سحبه", "It was withdrawn"]),
    ("pending", ["لا يوجد رد بعد", "No answer yet"]),
]
RECORDS = [
    ("scans", ["صور الأشعة أو الرنين", "Scans or X-rays"]),
    ("labs", ["نتائج التحاليل أو فحص الدم", "Lab or blood test results"]),
    ("biopsy", ["تقارير الخزعة", "Biopsy reports"]),
    ("prescriptions", ["الوصفات الطبية", "Prescriptions"]),
]


@pytest.mark.parametrize("text", ["نعم", "نعم، عندي", "أيوه", "ايوه", "ايوا", "اي والله",
                                  "إي نعم", "طبعاً", "طبعا", "أكيد", "بالتأكيد", "تمام",
                                  "صح", "صحيح", "موافق", "موافقة", "مزبوط", "نعم يوجد",
                                  "na3am", "aywa"])
def test_yes(text):
    assert parse_yes_no(text, LANG) is True


@pytest.mark.parametrize("text", ["لا", "لأ", "لا لا", "لا، ما عندي", "ما عندي", "ماكو",
                                  "مافي", "ما في", "مفيش", "معنديش", "أبداً", "ابدا",
                                  "كلا", "لا شكراً", "ليس بعد", "غير موجود", "la2", "laa"])
def test_no(text):
    assert parse_yes_no(text, LANG) is False


@pytest.mark.parametrize("text", ["لا أعرف", "ما بعرف", "مش متأكد", "نعم، لا", "تخطي",
                                  "المحامي", "أي تأشيرة تقصد؟", "إيه المطلوب", "1", "2"])
def test_not_yes_or_no(text):
    with pytest.raises(ParseError) as error:
        parse_yes_no(text, LANG)
    assert error.value.code == "yes_no_unknown"


@pytest.mark.parametrize("text, expected", [
    ("تخطي", "skip"), ("تخطى", "skip"), ("تخطي السؤال", "skip"), ("التالي", "skip"),
    ("السؤال التالي", "skip"), ("التالي من فضلك", "skip"), ("فوتها", "skip"),
    ("عديها", "skip"), ("بدون تعليق", "skip"), ("لا أريد الإجابة", "skip"),
    ("لا أعرف", "dont_know"), ("لا اعرف", "dont_know"), ("ما بعرف", "dont_know"),
    ("مش عارف", "dont_know"), ("معرفش", "dont_know"), ("مدري", "dont_know"),
    ("ما ادري", "dont_know"), ("لا أدري", "dont_know"), ("والله ما بعرف", "dont_know"),
    ("مش متأكدة", "dont_know"), ("نسيت", "dont_know"), ("الله أعلم", "dont_know"),
    ("ما عندي فكرة", "dont_know"), ("ma b3ref", "dont_know"),
    ("المحامي", "tell_lawyer"), ("محامي", "tell_lawyer"), ("للمحامي فقط", "tell_lawyer"),
    ("سأخبر المحامي", "tell_lawyer"), ("بقول للمحامي", "tell_lawyer"),
    ("أفضل أن أخبر المحامي", "tell_lawyer"), ("سأخبر المحامي من فضلك", "tell_lawyer"),
    ("skip", "skip"),                                # English works in Arabic too
])
def test_control_words(text, expected):
    assert match_control_word(text, LANG) == expected


@pytest.mark.parametrize("text", ["لا أعرف التاريخ بالضبط، تقريباً مارس 2024",
                                  "المحامي السابق لم يرد علينا", "التالي موعده في يونيو"])
def test_control_words_only_as_the_whole_message(text):
    assert match_control_word(text, LANG) is None


@pytest.mark.parametrize("text, expected", [
    ("خمسة", 5), ("خمسه", 5), ("تلاتة", 3), ("ثلاث", 3), ("اتنين", 2), ("عشرين", 20),
    ("حداشر", 11), ("اطناشر", 12), ("خمستاشر", 15), ("ثنعش", 12), ("صفر", 0),
    ("مية", 100), ("مية وخمسين", 150), ("ميتين", 200), ("خمسمية", 500),
    ("٥", 5), ("۵", 5), ("١٢", 12), ("عنده ثلاث أولاد", 3), ("3 أولاد", 3),
    ("ولا واحد", 0), ("ما في", 0),
])
def test_numbers(text, expected):
    assert parse_number(text, LANG) == expected


def test_unit_first_compound_is_asked_again_not_misread():
    # "خمسة وعشرين" (25) is written unit first; it must never read as 5.
    with pytest.raises(ParseError) as error:
        parse_number("خمسة وعشرين", LANG)
    assert error.value.code == "number_invalid"


@pytest.mark.parametrize("text, expected", [
    ("12/03/2025", "2025-03-12"), ("١٢/٠٣/٢٠٢٥", "2025-03-12"), ("12.03.2025", "2025-03-12"),
    ("12-03-2025", "2025-03-12"), ("2025-03-12", "2025-03-12"),
    ("12 مارس 2025", "2025-03-12"), ("١٢ آذار ٢٠٢٥", "2025-03-12"),
    ("3 شباط 2024", "2024-02-03"), ("5 أيار 2024", "2024-05-05"),
    ("15 ابريل 2024", "2024-04-15"), ("في 15 نيسان 2024", "2024-04-15"),
    ("آب 2023", "2023-08-01"), ("مايو 2024", "2024-05-01"),
    ("حوالي مارس 2024", "2024-03-01"), ("أعتقد في مارس 2024", "2024-03-01"),
    ("2024", "2024-01-01"), ("أمس", "2025-06-14"), ("اليوم", "2025-06-15"),
    ("الأسبوع الماضي", "2025-06-08"), ("الشهر الماضي", "2025-05-15"),
    ("السنة الماضية", "2024-06-15"), ("الشهر القادم", "2025-07-15"),
    ("قبل 3 أيام", "2025-06-12"), ("قبل ثلاثة أيام", "2025-06-12"),
    ("قبل 2 أسبوع", "2025-06-01"), ("منذ 2 أسبوع", "2025-06-01"),
    ("تم التشخيص في مارس 2024 بعد الفحوصات", "2024-03-01"),
])
def test_dates(text, expected):
    assert parse_date(text, LANG, today=TODAY) == expected


@pytest.mark.parametrize("text, default, amount, currency", [
    ("١٥٠٠ دولار", None, "1500", "USD"), ("1,500 دولار", None, "1500", "USD"),
    ("1500.50 دولار", None, "1500.50", "USD"), ("$2,000", None, "2000", "USD"),
    ("٢٠٠٠ دولار أمريكي", None, "2000", "USD"), ("5000 جنيه مصري", None, "5000", "EGP"),
    ("300 يورو", None, "300", "EUR"), ("خمسة آلاف دولار", None, "5000", "USD"),
    ("5 آلاف دولار", None, "5000", "USD"), ("ألف وخمسمية دولار", None, "1500", "USD"),
    ("ألفين دولار", None, "2000", "USD"), ("مليون ليرة سورية", None, "1000000", "SYP"),
    ("200 ألف دينار عراقي", None, "200000", "IQD"),
    ("500 ألف ريال يمني", None, "500000", "YER"),
    ("500 جنيه", "SDG", "500", "SDG"),             # bare pound: the applicant's country
    ("3000", "IQD", "3000", "IQD"),
])
def test_money(text, default, amount, currency):
    assert parse_money(text, LANG, default_currency=default) == {"amount": amount,
                                                                 "currency": currency}


def test_bare_pound_without_a_country_asks_for_the_currency():
    with pytest.raises(ParseError) as error:
        parse_money("500 جنيه", LANG)
    assert error.value.code == "money_currency"


def test_cost_list():
    text = "عملية جراحية 40000 دولار\nطيران 1200 دولار\nغرفة لمدة شهرين 1800 دولار"
    assert parse_money_list(text, LANG) == [
        {"label": "عملية جراحية", "amount": "40000", "currency": "USD"},
        {"label": "طيران", "amount": "1200", "currency": "USD"},
        {"label": "غرفة لمدة شهرين", "amount": "1800", "currency": "USD"},
    ]


@pytest.mark.parametrize("text, expected", [
    ("الثاني", "approved"), ("الثانية", "approved"), ("التاني", "approved"),
    ("الخيار الثالث", "withdrawn"), ("الرابع", "pending"), ("الأول", "denied"),
    ("رقم 2", "approved"), ("اتنين", "approved"), ("٢", "approved"), ("۳", "withdrawn"),
    ("رفض", "denied"), ("تم سحبه", "withdrawn"), ("لا يوجد رد بعد", "pending"),
])
def test_choice(text, expected):
    assert parse_choice(text, LANG, OUTCOME) == expected


@pytest.mark.parametrize("text, expected", [
    ("1 و 3", ["scans", "biopsy"]), ("١ و ٣", ["scans", "biopsy"]),
    ("1، 3", ["scans", "biopsy"]), ("1, 2, 4", ["scans", "labs", "prescriptions"]),
    ("الأول و الثالث", ["scans", "biopsy"]), ("الكل", ["scans", "labs", "biopsy", "prescriptions"]),
    ("ولا شيء", []), ("تقارير الخزعة", ["biopsy"]),
])
def test_multi_choice(text, expected):
    assert parse_multi_choice(text, LANG, RECORDS) == expected
