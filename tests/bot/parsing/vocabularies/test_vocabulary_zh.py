"""Simplified Chinese through the public parsers: yes/no, control words, numbers,
dates (year-month-day, 年月日, relative), money (元/万/美元), choices."""
from __future__ import annotations

import datetime

import pytest

from bot.parsing import (ParseError, match_control_word, parse_choice, parse_date,
                         parse_event_list, parse_money, parse_money_list,
                         parse_multi_choice, parse_number, parse_yes_no)

LANG = "zh"
TODAY = datetime.date(2025, 6, 15)
REQUEST = [
    ("first_request", ["没有，这是第一次", "No, this is the first time"]),
    ("denied", ["有，被拒绝了", "Yes, and it was denied"]),
    ("again", ["有，我们正在重新申请", "Yes, and we are asking again"]),
]


@pytest.mark.parametrize("text", ["是", "是的", "是的是的", "对", "对的", "嗯", "嗯嗯", "恩",
                                  "好的", "好滴", "可以", "行", "没问题", "同意", "有", "有的",
                                  "当然", "没错", "shi", "dui", "是的，我有", "对，有的"])
def test_yes(text):
    assert parse_yes_no(text, LANG) is True


@pytest.mark.parametrize("text", ["不", "不是", "不对", "没有", "没", "木有", "否", "不要",
                                  "不用了", "不同意", "还没有", "还没", "从来没有", "从没",
                                  "没有过", "不能", "meiyou", "bu shi", "没有，从来没有",
                                  "不是，他没有"])
def test_no(text):
    assert parse_yes_no(text, LANG) is False


@pytest.mark.parametrize("text", ["不知道", "不确定", "跳过", "律师", "是的我有", "1"])
def test_not_yes_or_no(text):
    with pytest.raises(ParseError) as error:
        parse_yes_no(text, LANG)
    assert error.value.code == "yes_no_unknown"


@pytest.mark.parametrize("text, expected", [
    ("跳过", "skip"), ("跳过这题", "skip"), ("下一题", "skip"), ("不想回答", "skip"),
    ("不方便说", "skip"), ("跳过，谢谢", "skip"), ("tiaoguo", "skip"),
    ("不知道", "dont_know"), ("我不知道", "dont_know"), ("不清楚", "dont_know"),
    ("记不清了", "dont_know"), ("不记得了", "dont_know"), ("不确定", "dont_know"),
    ("不晓得", "dont_know"), ("bzd", "dont_know"), ("不好意思，不知道", "dont_know"),
    ("律师", "tell_lawyer"), ("我会告诉律师", "tell_lawyer"), ("跟律师说", "tell_lawyer"),
    ("只告诉律师", "tell_lawyer"), ("我想直接跟律师说", "tell_lawyer"),
    ("skip", "skip"),
])
def test_control_words(text, expected):
    assert match_control_word(text, LANG) == expected


@pytest.mark.parametrize("text", ["我不知道具体日期，大概是2024年3月", "律师说要等", "是的"])
def test_answers_are_not_control_words(text):
    assert match_control_word(text, LANG) is None


@pytest.mark.parametrize("text, expected", [
    ("三", 3), ("十二", 12), ("二十一", 21), ("廿五", 25), ("两", 2), ("俩", 2),
    ("两个", 2), ("三个", 3), ("一百", 100), ("一百五", 150), ("三百五十", 350),
    ("两百零五", 205), ("零", 0), ("没有", 0), ("12", 12), ("１２", 12), ("3个孩子", 3),
    ("12周", 12),
])
def test_numbers(text, expected):
    assert parse_number(text, LANG) == expected


@pytest.mark.parametrize("text, expected", [
    ("2025年3月12日", "2025-03-12"),
    ("2025年3月12号", "2025-03-12"),
    ("2025/3/12", "2025-03-12"),
    ("2025-03-12", "2025-03-12"),
    ("2025.3.12", "2025-03-12"),
    ("1985年6月2日", "1985-06-02"),
    ("2024年12月", "2024-12-01"),        # a month is its first day
    ("三月", "2025-03-01"),
    ("3月", "2025-03-01"),
    ("2024", "2024-01-01"),
    ("大概2024年3月", "2024-03-01"),
    ("昨天", "2025-06-14"),
    ("前天", "2025-06-13"),
    ("3天前", "2025-06-12"),
    ("2周前", "2025-06-01"),
    ("3周前", "2025-05-25"),
    ("1年前", "2024-06-15"),
    ("上个月", "2025-05-15"),
    ("去年", "2024-06-15"),
    ("下个月", "2025-07-15"),
    ("2个月后", "2025-08-15"),
])
def test_dates(text, expected):
    assert parse_date(text, LANG, today=TODAY) == expected


def test_future_date_refused_when_not_allowed():
    with pytest.raises(ParseError) as error:
        parse_date("下个月", LANG, today=TODAY, allow_future=False)
    assert error.value.code == "date_future"


def test_event_list_with_chinese_dates():
    text = "2024年3月2日 - 第一次疼痛\n2024年5月15日 - 在市中心医院确诊"
    assert parse_event_list(text, LANG, today=TODAY) == [
        {"date": "2024-03-02", "text": "第一次疼痛"},
        {"date": "2024-05-15", "text": "在市中心医院确诊"},
    ]


def _money(amount: str, currency: str) -> dict:
    return {"amount": amount, "currency": currency}


@pytest.mark.parametrize("text, default, expected", [
    ("5000元", None, _money("5000", "CNY")),
    ("5000 元", None, _money("5000", "CNY")),
    ("5000元人民币", None, _money("5000", "CNY")),
    ("人民币5000", None, _money("5000", "CNY")),
    ("5000块钱", None, _money("5000", "CNY")),
    ("5000元左右", None, _money("5000", "CNY")),
    ("5万元", None, _money("50000", "CNY")),
    ("5万块", None, _money("50000", "CNY")),
    ("1.5万元", None, _money("15000", "CNY")),
    ("5万", "CNY", _money("50000", "CNY")),
    ("20w", "CNY", _money("200000", "CNY")),
    ("2000美元", None, _money("2000", "USD")),
    ("2,000美元", None, _money("2000", "USD")),
    ("3万美元", None, _money("30000", "USD")),
    ("8000美金", None, _money("8000", "USD")),
    ("5000美元左右", None, _money("5000", "USD")),
    ("$2,000", None, _money("2000", "USD")),
    ("40000 USD", None, _money("40000", "USD")),
    ("手术 40000美元", None, _money("40000", "USD")),
    ("3000欧元", None, _money("3000", "EUR")),
    ("１５００元", None, _money("1500", "CNY")),
])
def test_money(text, default, expected):
    assert parse_money(text, LANG, default_currency=default) == expected


def test_cost_list_as_in_the_example():
    text = "手术 40000美元\n机票 1200美元\n住房2个月 1800美元"
    assert parse_money_list(text, LANG) == [
        {"label": "手术", "amount": "40000", "currency": "USD"},
        {"label": "机票", "amount": "1200", "currency": "USD"},
        {"label": "住房2个月", "amount": "1800", "currency": "USD"},
    ]


@pytest.mark.parametrize("text, expected", [
    ("2", "denied"), ("二", "denied"), ("第二", "denied"), ("第二个", "denied"),
    ("第2个", "denied"), ("第三项", "again"), ("头一个", "first_request"),
    ("选 2", "denied"), ("被拒绝了", "denied"),
])
def test_choice(text, expected):
    assert parse_choice(text, LANG, REQUEST) == expected


@pytest.mark.parametrize("text, expected", [
    ("1、3", ["first_request", "again"]),
    ("1，3", ["first_request", "again"]),
    ("1 和 3", ["first_request", "again"]),
    ("全部", ["first_request", "denied", "again"]),
    ("都是", ["first_request", "denied", "again"]),
    ("没有", []),
])
def test_multi_choice(text, expected):
    assert parse_multi_choice(text, LANG, REQUEST) == expected
