"""Vietnamese through the public parsers: answers with and without tone marks,
texting shorthand ("ko", "k", "dc", "kb", "500k", "5tr") and Vietnamese date and
money formats ("12/03/2025", "ngày 12 tháng 3 năm 2025", "1.500.000đ")."""
from __future__ import annotations

import datetime

import pytest

from bot.parsing import (ParseError, match_control_word, parse_choice, parse_date,
                         parse_money, parse_multi_choice, parse_number, parse_yes_no)

LANG = "vi"
TODAY = datetime.date(2025, 6, 15)
REQUEST = [
    ("first_request", ["Không, đây là lần đầu", "No, this is the first time"]),
    ("denied", ["Có, và đã bị từ chối", "Yes, and it was denied"]),
    ("refile", ["Có, và đang xin lại", "Yes, and we are asking again"]),
]
PAYERS = [
    ("family", ["Bệnh nhân hoặc gia đình", "The patient or their family"]),
    ("us_family", ["Người thân hoặc bạn bè ở Mỹ", "Family or friends in the US"]),
    ("charity", ["Bệnh viện hoặc tổ chức từ thiện", "The hospital or a charity"]),
    ("insurance", ["Bảo hiểm", "Insurance"]),
]


@pytest.mark.parametrize("raw", [
    "có", "Có ạ", "co", "c", "dạ có", "dạ", "da", "vâng", "vang", "ừ", "được", "dc", "đc",
    "đúng rồi", "dung roi", "chính xác", "đồng ý", "có, tôi có", "có rồi", "👍",
])
def test_yes(raw):
    assert parse_yes_no(raw, LANG) is True


@pytest.mark.parametrize("raw", [
    "không", "Không.", "khong", "ko", "k", "kh", "hông", "hok", "không ạ", "dạ không",
    "không có", "ko co", "chưa", "chưa có", "không phải", "chưa bao giờ", "không an toàn",
])
def test_no(raw):
    assert parse_yes_no(raw, LANG) is False


@pytest.mark.parametrize("raw", [
    "không biết", "kb", "không nhớ", "có lẽ", "bỏ qua", "luật sư", "có và không",
    "có hay không", "có thể không",
])
def test_not_yes_or_no(raw):
    with pytest.raises(ParseError):
        parse_yes_no(raw, LANG)


@pytest.mark.parametrize("raw, expected", [
    ("bỏ qua", "skip"), ("Bỏ qua câu này", "skip"), ("bo qua", "skip"),
    ("câu tiếp theo", "skip"), ("không muốn trả lời", "skip"), ("bỏ qua đi ạ", "skip"),
    ("không biết", "dont_know"), ("Không biết", "dont_know"), ("khong biet", "dont_know"),
    ("ko biết", "dont_know"), ("kb", "dont_know"), ("không nhớ", "dont_know"),
    ("không rõ", "dont_know"), ("tôi không biết ạ", "dont_know"),
    ("luật sư", "tell_lawyer"), ("luat su", "tell_lawyer"),
    ("Tôi sẽ nói với luật sư", "tell_lawyer"), ("chỉ nói với luật sư", "tell_lawyer"),
    ("nói với luật sư nhé", "tell_lawyer"),
])
def test_control_words(raw, expected):
    assert match_control_word(raw, LANG) == expected


@pytest.mark.parametrize("raw", [
    "không biết ngày chính xác, khoảng tháng 3", "luật sư của nhà thờ đã giúp chúng tôi",
    "bác sĩ bảo bỏ qua một lần hóa trị",
])
def test_answers_that_mention_control_words_are_answers(raw):
    assert match_control_word(raw, LANG) is None


@pytest.mark.parametrize("raw, expected", [
    ("một", 1), ("hai", 2), ("ba", 3), ("bốn", 4), ("bảy", 7), ("tám tuần", 8),
    ("chín", 9), ("mười", 10), ("một trăm", 100), ("hai trăm", 200), ("hai đứa con", 2),
    ("34 tuổi", 34), ("khoảng 12 tuần", 12), ("1.500", 1500), ("không có", 0),
])
def test_numbers(raw, expected):
    assert parse_number(raw, LANG) == expected


@pytest.mark.parametrize("raw, expected", [
    ("12/03/2025", "2025-03-12"),                 # day first
    ("12-03-2025", "2025-03-12"),
    ("ngày 12 tháng 3 năm 2025", "2025-03-12"),
    ("12 tháng 3 năm 2025", "2025-03-12"),
    ("ngay 12 thang 3 nam 2025", "2025-03-12"),   # without tone marks
    ("tháng 3 năm 2024", "2024-03-01"),
    ("tháng 3/2024", "2024-03-01"),
    ("năm 2020", "2020-01-01"),
    ("khoảng tháng 3 năm 2023", "2023-03-01"),
    ("ba tuần trước", "2025-05-25"),
    ("2 tuần trước", "2025-06-01"),
    ("2 tuan truoc", "2025-06-01"),
    ("một năm trước", "2024-06-15"),
    ("cách đây 3 tháng", "2025-03-15"),
    ("tuần trước", "2025-06-08"),
    ("tháng trước", "2025-05-15"),
    ("năm ngoái", "2024-06-15"),
    ("hôm qua", "2025-06-14"),
    ("tháng sau", "2025-07-15"),
    ("trong 2 tháng", "2025-08-15"),
    ("sau 2 tháng nữa", "2025-08-15"),
])
def test_dates(raw, expected):
    assert parse_date(raw, LANG, today=TODAY) == expected


def _money(amount: str, currency: str) -> dict:
    return {"amount": amount, "currency": currency}


@pytest.mark.parametrize("raw, default, expected", [
    ("1.500.000 đồng", None, _money("1500000", "VND")),
    ("1.500.000đ", None, _money("1500000", "VND")),
    ("1.500.000d", None, _money("1500000", "VND")),
    ("500.000 VND", None, _money("500000", "VND")),
    ("500 nghìn đồng", None, _money("500000", "VND")),
    ("100 nghin dong", None, _money("100000", "VND")),
    ("5 triệu đồng", None, _money("5000000", "VND")),
    ("1,5 triệu đồng", None, _money("1500000", "VND")),
    ("500k", "VND", _money("500000", "VND")),
    ("5tr", "VND", _money("5000000", "VND")),
    ("2.000 đô", None, _money("2000", "USD")),
    ("500 đô la", None, _money("500", "USD")),
    ("hai trăm đô", None, _money("200", "USD")),
    ("$2,000", None, _money("2000", "USD")),
    ("2000 USD", None, _money("2000", "USD")),
    ("1.200 euro", None, _money("1200", "EUR")),
])
def test_money(raw, default, expected):
    assert parse_money(raw, LANG, default_currency=default) == expected


@pytest.mark.parametrize("raw, expected", [
    ("thứ hai", "denied"), ("thứ nhất", "first_request"), ("cái thứ ba", "refile"),
    ("số 2", "denied"), ("số hai", "denied"), ("chọn 3", "refile"), ("câu 2", "denied"),
    ("hai", "denied"), ("lần đầu", "first_request"),
])
def test_choice(raw, expected):
    assert parse_choice(raw, LANG, REQUEST) == expected


@pytest.mark.parametrize("raw, expected", [
    ("1 và 3", ["family", "charity"]),
    ("thứ nhất và thứ ba", ["family", "charity"]),
    ("tất cả", ["family", "us_family", "charity", "insurance"]),
    ("bảo hiểm, 1", ["family", "insurance"]),
    ("không có", []),
])
def test_multi_choice(raw, expected):
    assert parse_multi_choice(raw, LANG, PAYERS) == expected
