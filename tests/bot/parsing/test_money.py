from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from bot.parsing.errors import ParseError
from bot.parsing.money import MONEY_LIMIT, parse_money, parse_money_list

PROPERTY = settings(deadline=None, max_examples=200, database=None)
MONEY_TOKENS = ["$", "€", "USD", "usd", "MXN", "pesos", "pesos mexicanos", "dólares",
                "dollars", "gourdes", "1,500.50", "1.500,50", "20 000", "2000", "-500",
                "0", "999999999999", "1.555", "2k", "mil", "million", "two", "dos",
                "surgery", "cirugía", ":", "-", ";", "\n", "or", "%", "I-131"]


def _money(amount: str, currency: str) -> dict:
    return {"amount": amount, "currency": currency}


@pytest.mark.parametrize("raw, default, expected", [
    ("1,500.50 USD", None, _money("1500.50", "USD")),
    ("$2,000", None, _money("2000", "USD")),
    ("$ 2,000.5", None, _money("2000.50", "USD")),
    ("2000 USD", None, _money("2000", "USD")),
    ("2000usd", None, _money("2000", "USD")),
    ("US$500", None, _money("500", "USD")),
    ("about $3,000 for the flights", None, _money("3000", "USD")),
    ("50 000 gourdes", None, _money("50000", "HTG")),
    ("1.5 million dollars", None, _money("1500000", "USD")),
    ("2k", "USD", _money("2000", "USD")),
    ("fifty dollars", None, _money("50", "USD")),
    ("a thousand dollars", None, _money("1000", "USD")),
    ("two hundred dollars", None, _money("200", "USD")),
    ("two thousand five hundred dollars", None, _money("2500", "USD")),
    ("2000", "EUR", _money("2000", "EUR")),
    ("1.500 USD", None, _money("1500", "USD")),          # three decimals: a thousands dot
    ("0 USD", None, _money("0", "USD")),
    ("Form I-131 fee 630 USD", None, _money("630", "USD")),
    ("2 surgeries at 5000 dollars", None, _money("5000", "USD")),
    ("10% deposit, 5000 USD", None, _money("5000", "USD")),
    ("1500 CHF", None, _money("1500", "CHF")),
])
def test_english_money(raw, default, expected):
    assert parse_money(raw, "en", default_currency=default) == expected


@pytest.mark.parametrize("raw, default, expected", [
    ("1.500,50 USD", None, _money("1500.50", "USD")),
    ("1,500.50 dólares", None, _money("1500.50", "USD")),  # US style typed in Spanish
    ("1500 dólares", None, _money("1500", "USD")),
    ("1500 dolares", None, _money("1500", "USD")),
    ("20 000 pesos", "MXN", _money("20000", "MXN")),
    ("2000 pesos mexicanos", None, _money("2000", "MXN")),
    ("2000 pesos cubanos", None, _money("2000", "CUP")),
    ("€1.200", None, _money("1200", "EUR")),
    ("1.200 €", None, _money("1200", "EUR")),
    ("20 mil dólares", None, _money("20000", "USD")),
    ("mil dólares", None, _money("1000", "USD")),
    ("ciento cincuenta dólares", None, _money("150", "USD")),
    ("mil quinientos dólares", None, _money("1500", "USD")),
    ("dos mil quinientos dólares", None, _money("2500", "USD")),
    ("un millón de pesos mexicanos", None, _money("1000000", "MXN")),
    ("$5000 pesos", "MXN", _money("5000", "MXN")),
    ("$5000 MXN", None, _money("5000", "MXN")),
    ("5000 quetzales", None, _money("5000", "GTQ")),
    ("1,50 USD", None, _money("1.50", "USD")),
])
def test_spanish_money(raw, default, expected):
    assert parse_money(raw, "es", default_currency=default) == expected


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("raw, code", [
    ("-500 USD", "money_negative"), ("-$500", "money_negative"), ("$-500", "money_negative"),
    ("−500 USD", "money_negative"),
    ("200000000 USD", "money_too_large"), ("$999,999,999", "money_too_large"),
    ("1500.505 USD", "money_invalid"), ("nothing", "money_invalid"), ("one flight", "money_invalid"),
    ("2000 or 3000 USD", "money_invalid"),
    ("2000 dollars or 40000 pesos mexicanos", "money_invalid"),
    ("'; DROP TABLE answers; --", "money_invalid"), ("USD", "money_invalid"),
    ("2000", "money_currency"), ("20 000 pesos", "money_currency"),
    ("C$ 500", "money_currency"), ("500 USD 300 EUR", "money_invalid"),
    ("", "empty"), ("💵💵", "no_text"), ("9" * 2001, "too_long"),
])
def test_money_errors(raw, code, lang):
    with pytest.raises(ParseError) as error:
        parse_money(raw, lang)
    assert error.value.code == code


def test_bare_pesos_never_take_a_non_peso_default():
    with pytest.raises(ParseError) as error:
        parse_money("20 000 pesos", "es", default_currency="USD")
    assert error.value.details == {"reason": "which_peso"}


def test_too_large_names_the_limit():
    with pytest.raises(ParseError) as error:
        parse_money("200,000,000 USD", "en")
    assert error.value.details == {"max": str(MONEY_LIMIT)}


def test_dollar_sign_is_us_dollars_even_with_another_default():
    assert parse_money("$300", "es", default_currency="MXN") == _money("300", "USD")


@pytest.mark.parametrize("raw, lang, expected", [
    ("Surgery 20,000 USD\nTravel 2,000 USD\nHotel: $1,500", "en", [
        {"label": "Surgery", "amount": "20000", "currency": "USD"},
        {"label": "Travel", "amount": "2000", "currency": "USD"},
        {"label": "Hotel", "amount": "1500", "currency": "USD"}]),
    ("cirugía: 20.000 dólares; vuelo 800 dólares", "es", [
        {"label": "cirugía", "amount": "20000", "currency": "USD"},
        {"label": "vuelo", "amount": "800", "currency": "USD"}]),
    ("- surgery (20,000 USD)\n- 300 USD", "en", [
        {"label": "surgery", "amount": "20000", "currency": "USD"},
        {"label": "", "amount": "300", "currency": "USD"}]),
    ("1. surgery 20000 usd\n2. flights 1500", "en", [   # list numbers are not amounts
        {"label": "surgery", "amount": "20000", "currency": "USD"},
        {"label": "flights", "amount": "1500", "currency": "USD"}]),
    ("cirugía 20.000 pesos mexicanos\nhotel 3000 pesos", "es", [   # the list's pesos
        {"label": "cirugía", "amount": "20000", "currency": "MXN"},
        {"label": "hotel", "amount": "3000", "currency": "MXN"}]),
    ("2000 dollars for the surgery", "en", [
        {"label": "surgery", "amount": "2000", "currency": "USD"}]),
])
def test_money_list(raw, lang, expected):
    assert parse_money_list(raw, lang) == expected


def test_money_list_lends_the_dollar_sign():
    assert parse_money_list("Surgery $20,000\nHotel 1500", "en") == [
        {"label": "Surgery", "amount": "20000", "currency": "USD"},
        {"label": "Hotel", "amount": "1500", "currency": "USD"}]


def test_money_list_does_not_lend_dollars_to_pesos():
    with pytest.raises(ParseError) as error:
        parse_money_list("Surgery $20,000\nHotel 1500 pesos", "es")
    assert error.value.details == {"item": 2, "reason": "money_currency"}
    assert parse_money_list("Surgery $20,000\nHotel 1500 pesos", "es", default_currency="MXN")[1] \
        == {"label": "Hotel", "amount": "1500", "currency": "MXN"}


def test_money_list_uses_the_default_currency():
    assert parse_money_list("medicinas 3000\nhotel 1500", "es", default_currency="MXN") == [
        {"label": "medicinas", "amount": "3000", "currency": "MXN"},
        {"label": "hotel", "amount": "1500", "currency": "MXN"}]


@pytest.mark.parametrize("raw, item, reason", [
    ("Surgery 20,000 USD\nsomething", 2, "money_invalid"),
    ("Surgery -20 USD", 1, "money_negative"),
    ("surgery 20000 USD\nhotel 200000000 USD", 2, "money_too_large"),
    ("surgery 20000\nhotel 300", 1, "money_currency"),
    ("surgery 20000 USD\nhotel 300 EUR\nfood 50", 3, "money_currency"),   # which one?
])
def test_money_list_item_errors(raw, item, reason):
    with pytest.raises(ParseError) as error:
        parse_money_list(raw, "en")
    assert error.value.code == "list_item_invalid"
    assert error.value.details == {"item": item, "reason": reason}


@pytest.mark.parametrize("raw, code", [("", "empty"), ("  \n ", "empty"), (";;", "no_text")])
def test_money_list_empty(raw, code):
    with pytest.raises(ParseError) as error:
        parse_money_list(raw, "en")
    assert error.value.code == code


def _assert_money_shape(value: dict) -> None:
    assert set(value) >= {"amount", "currency"}
    assert re.fullmatch(r"[A-Z]{3}", value["currency"])
    amount = Decimal(value["amount"])
    assert 0 <= amount <= MONEY_LIMIT
    assert re.fullmatch(r"\d+(\.\d\d)?", value["amount"])


@PROPERTY
@given(st.text(), st.sampled_from(["en", "es", "ht"]), st.sampled_from([None, "USD", "MXN", "xx"]))
def test_random_text_gives_money_or_parse_error(raw, lang, default):
    try:
        value = parse_money(raw, lang, default_currency=default)
    except ParseError:
        return
    _assert_money_shape(value)


@PROPERTY
@given(st.lists(st.sampled_from(MONEY_TOKENS), max_size=8).map(" ".join),
       st.sampled_from(["en", "es"]), st.sampled_from([None, "USD", "MXN"]))
def test_money_like_text_gives_money_or_parse_error(raw, lang, default):
    try:
        value = parse_money(raw, lang, default_currency=default)
    except ParseError:
        return
    _assert_money_shape(value)


@PROPERTY
@given(st.one_of(st.text(), st.lists(st.sampled_from(MONEY_TOKENS), max_size=12).map(" ".join)),
       st.sampled_from(["en", "es"]), st.sampled_from([None, "USD", "COP"]))
def test_random_text_gives_a_money_list_or_parse_error(raw, lang, default):
    try:
        items = parse_money_list(raw, lang, default_currency=default)
    except ParseError:
        return
    assert items
    for item in items:
        assert isinstance(item["label"], str)
        _assert_money_shape(item)


@pytest.mark.parametrize("text, lang, amount", [
    ("2 thousand five hundred dollars", "en", "2500"),   # not 2000
    ("2 mil quinientos dólares", "es", "2500"),
    ("2 тисячі п'ятсот доларів", "uk", "2500"),
])
def test_number_words_after_a_multiplied_digit_add_up(text, lang, amount):
    assert parse_money(text, lang) == {"amount": amount, "currency": "USD"}


def test_high_denomination_currencies_have_a_higher_ceiling():
    assert parse_money("150.000.000 đồng", "vi") == {"amount": "150000000", "currency": "VND"}
    assert parse_money("400.000.000 pesos colombianos", "es")["amount"] == "400000000"
    with pytest.raises(ParseError) as error:
        parse_money("400.000.000 USD", "es")
    assert error.value.code == "money_too_large"


@pytest.mark.parametrize("text, lang, amount", [
    ("۱٬۵۰۰ افغانۍ", "ps", "1500"),        # Arabic thousands mark, not 500
    ("١٬٥٠٠٫٥٠ دولار", "ar", "1500.50"),  # and the Arabic decimal mark
])
def test_arabic_separators(text, lang, amount):
    assert parse_money(text, lang)["amount"] == amount


@pytest.mark.parametrize("text, lang, amount", [
    ("50.000 goud", "ht", "50000"),        # not 50: a dot groups thousands here too
    ("50.000 gourdes", "fr", "50000"),
    ("1.500,50 euros", "fr", "1500.50"),
    ("1.500 грн", "uk", "1500"),
    ("2,5 euros", "fr", "2.50"),
])
def test_space_grouping_locales_read_dot_grouping_too(text, lang, amount):
    assert parse_money(text, lang)["amount"] == amount
