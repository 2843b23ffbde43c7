"""Haitian Creole through the public parsers: the words people text ("wi", "dako",
"mpa konnen", "map di avoka a", spellings without è/ò), Creole number words, dates
with Creole or French month names ("3 mas 2025", "14 avril 2024") and Haitian
money formats ("50 000 goud", "1,500 dola")."""
from __future__ import annotations

import datetime

import pytest

from bot.parsing import (ParseError, match_control_word, parse_choice, parse_date,
                         parse_money, parse_multi_choice, parse_number, parse_yes_no)

LANG = "ht"
TODAY = datetime.date(2025, 6, 15)
REQUEST = [
    ("first_request", ["Non, se premye fwa", "No, this is the first time"]),
    ("denied", ["Wi, epi yo te refize l", "Yes, and it was denied"]),
    ("refile", ["Wi, epi n ap mande ankò", "Yes, and we are asking again"]),
]
PAYERS = [
    ("family", ["Pasyan an oswa fanmi l", "The patient or their family"]),
    ("us_family", ["Fanmi oswa zanmi Ozetazini", "Family or friends in the US"]),
    ("charity", ["Lopital la oswa yon òganizasyon charite", "The hospital or a charity"]),
    ("insurance", ["Asirans", "Insurance"]),
]


@pytest.mark.parametrize("raw", [
    "wi", "Wi!", "wiii", "oui", "dakò", "dako", "oke", "se sa", "egzat", "se vre",
    "wi, m genyen", "wi mwen genyen", "m genyen", "wi li kapab", "wi tanpri", "👍",
])
def test_yes(raw):
    assert parse_yes_no(raw, LANG) is True


@pytest.mark.parametrize("raw", [
    "non", "Non.", "nonn", "non mèsi", "non mesi", "pa ditou", "jamè", "pa janm", "poko",
    "m pa genyen", "mwen pa genyen", "pa gen", "li pa ka", "m pa dakò",
])
def test_no(raw):
    assert parse_yes_no(raw, LANG) is False


@pytest.mark.parametrize("raw", [
    "m pa konnen", "m pa sonje", "sote", "avoka", "wi ak non", "non, men wi",
])
def test_not_yes_or_no(raw):
    with pytest.raises(ParseError):
        parse_yes_no(raw, LANG)


@pytest.mark.parametrize("raw, expected", [
    ("sote", "skip"), ("Sote kesyon sa a", "skip"), ("sote l tanpri", "skip"),
    ("pwochen kesyon", "skip"), ("m pa vle reponn", "skip"), ("m pito pa di", "skip"),
    ("m pa konnen", "dont_know"), ("M pa konnen", "dont_know"), ("mpa konnen", "dont_know"),
    ("m'pa konnen", "dont_know"), ("mwen pa konnen non", "dont_know"),
    ("m pa sonje", "dont_know"), ("m pa sèten", "dont_know"), ("m pa gen lide", "dont_know"),
    ("avoka", "tell_lawyer"), ("Avoka a", "tell_lawyer"), ("map di avoka a", "tell_lawyer"),
    ("m'ap di avoka a", "tell_lawyer"), ("M ap di avoka a sa", "tell_lawyer"),
    ("m pito di avoka a", "tell_lawyer"), ("sèlman avoka a", "tell_lawyer"),
])
def test_control_words(raw, expected):
    assert match_control_word(raw, LANG) == expected


@pytest.mark.parametrize("raw", [
    "m pa konnen dat la men se te nan mas", "avoka a te di nou tann",
    "li sote 2 randevou",
])
def test_answers_that_mention_control_words_are_answers(raw):
    assert match_control_word(raw, LANG) is None


@pytest.mark.parametrize("raw, expected", [
    ("zewo", 0), ("youn", 1), ("yon", 1), ("de", 2), ("twa", 3), ("kat", 4), ("senk", 5),
    ("sis", 6), ("sèt", 7), ("set", 7), ("uit", 8), ("nèf", 9), ("dis", 10), ("onz", 11),
    ("douz", 12), ("trèz", 13), ("katòz", 14), ("kenz", 15), ("sèz", 16), ("disèt", 17),
    ("dizuit", 18), ("diznèf", 19), ("ven", 20), ("venteyen", 21), ("vennde", 22),
    ("ven de", 22), ("trant", 30), ("trannsenk", 35), ("karant", 40), ("senkant", 50),
    ("swasanndis", 70), ("swasannkenz", 75), ("katreven", 80), ("katrevendis", 90),
    ("san", 100), ("de san", 200), ("senk san", 500), ("twa pitit", 3), ("34 an", 34),
    ("okenn", 0), ("pa gen", 0), ("1,500", 1500), ("1 500", 1500),
])
def test_numbers(raw, expected):
    assert parse_number(raw, LANG) == expected


@pytest.mark.parametrize("raw, expected", [
    ("14/03/2025", "2025-03-14"),              # day first
    ("12.03.2025", "2025-03-12"),
    ("3 mas 2025", "2025-03-03"),              # Creole month names
    ("2 jen 1985", "1985-06-02"),
    ("15 me 2024", "2024-05-15"),
    ("1 jiyè 2024", "2024-07-01"),
    ("1 jiye 2024", "2024-07-01"),             # no accent
    ("20 out 2024", "2024-08-20"),
    ("30 novanm 2027", "2027-11-30"),
    ("5 desanm 2023", "2023-12-05"),
    ("premye janvye 2024", "2024-01-01"),
    ("me 2024", "2024-05-01"),
    ("oktòb 2025", "2025-10-01"),
    ("nan mas 2024", "2024-03-01"),
    ("m kwè se te nan mas 2024", "2024-03-01"),
    ("nan lane 2020", "2020-01-01"),
    ("14 avril 2024", "2024-04-14"),           # French month names, as many write them
    ("le 3 mars 2024", "2024-03-03"),
    ("il y a 2 semaines", "2025-06-01"),       # French relative dates
    ("hier", "2025-06-14"),
])
def test_dates(raw, expected):
    assert parse_date(raw, LANG, today=TODAY) == expected


def _money(amount: str, currency: str) -> dict:
    return {"amount": amount, "currency": currency}


@pytest.mark.parametrize("raw, expected", [
    ("50 000 goud", _money("50000", "HTG")),
    ("50,000 goud", _money("50000", "HTG")),
    ("1 500 goud", _money("1500", "HTG")),
    ("1500 gourdes", _money("1500", "HTG")),
    ("10 000 HTG", _money("10000", "HTG")),
    ("senk mil goud", _money("5000", "HTG")),
    ("5 milyon goud", _money("5000000", "HTG")),
    ("1,5 milyon goud", _money("1500000", "HTG")),
    ("$2,000", _money("2000", "USD")),
    ("2 mil dola", _money("2000", "USD")),
    ("500 dola ameriken", _money("500", "USD")),
    ("1,500.50 dola", _money("1500.50", "USD")),
    ("san dola", _money("100", "USD")),
    ("40000 USD", _money("40000", "USD")),
    ("3000 pezo dominiken", _money("3000", "DOP")),
])
def test_money(raw, expected):
    assert parse_money(raw, LANG) == expected


def test_money_takes_the_default_currency():
    assert parse_money("8000", LANG, default_currency="HTG") == _money("8000", "HTG")


def test_haitian_dollars_are_never_read_as_us_dollars():
    """A "dola ayisyen" is 5 gourdes: the applicant is asked which money."""
    with pytest.raises(ParseError) as error:
        parse_money("200 dola ayisyen", LANG)
    assert error.value.code == "money_currency"


@pytest.mark.parametrize("raw, expected", [
    ("dezyèm nan", "denied"), ("dezyem", "denied"), ("premye a", "first_request"),
    ("twazyèm", "refile"), ("2yèm", "denied"), ("2e", "denied"), ("nimewo 2", "denied"),
    ("opsyon 3", "refile"), ("de", "denied"), ("twa", "refile"), ("refize", "denied"),
    ("premye fwa", "first_request"),
])
def test_choice(raw, expected):
    assert parse_choice(raw, LANG, REQUEST) == expected


@pytest.mark.parametrize("raw, expected", [
    ("1 ak 3", ["family", "charity"]),
    ("premye a ak twazyèm nan", ["family", "charity"]),
    ("de ak kat", ["us_family", "insurance"]),
    ("tout", ["family", "us_family", "charity", "insurance"]),
    ("asirans, 1", ["family", "insurance"]),
    ("okenn", []),
])
def test_multi_choice(raw, expected):
    assert parse_multi_choice(raw, LANG, PAYERS) == expected
