"""French through the public parsers: the words people type in France, Haiti, Africa
and Canada ("ouais", "jsp", "chais pas", "l'avocat" with or without the apostrophe,
"septante"/"nonante") and French number, date and money formats ("1 500,50 €",
"il y a deux semaines", "12/03/2025", "50 000 FCFA")."""
from __future__ import annotations

import datetime

import pytest

from bot.parsing import (ParseError, match_control_word, parse_choice, parse_date,
                         parse_money, parse_multi_choice, parse_number, parse_yes_no)

LANG = "fr"
TODAY = datetime.date(2025, 6, 15)
REQUEST = [
    ("first_request", ["Non, c'est la première fois", "No, this is the first time"]),
    ("denied", ["Oui, et elle a été refusée", "Yes, and it was denied"]),
    ("refile", ["Oui, et nous redemandons", "Yes, and we are asking again"]),
]
PAYERS = [
    ("family", ["Le patient ou sa famille", "The patient or their family"]),
    ("us_family", ["Famille ou amis aux États-Unis", "Family or friends in the US"]),
    ("charity", ["L'hôpital ou une association caritative", "The hospital or a charity"]),
    ("insurance", ["Assurance", "Insurance"]),
]


@pytest.mark.parametrize("raw", [
    "oui", "Oui!", "ouiii", "ouais", "d'accord", "dacc", "bien sûr", "bien sur", "c'est ça",
    "tout à fait", "exactement", "oui, j'ai le passeport", "mais oui", "👍",
])
def test_yes(raw):
    assert parse_yes_no(raw, LANG) is True


@pytest.mark.parametrize("raw", [
    "non", "Non.", "nan", "non merci", "jamais", "je n'ai pas", "j'ai pas",
    "il n'a pas", "aucun", "mais non", "certainement pas",
])
def test_no(raw):
    assert parse_yes_no(raw, LANG) is False


@pytest.mark.parametrize("raw", [
    "je ne sais pas", "jsp", "passer", "avocat", "oui et non", "non, mais oui",
])
def test_not_yes_or_no(raw):
    with pytest.raises(ParseError):
        parse_yes_no(raw, LANG)


@pytest.mark.parametrize("raw, expected", [
    ("passer", "skip"), ("Passer cette question", "skip"), ("suivante", "skip"),
    ("question suivante", "skip"), ("je préfère ne pas répondre", "skip"),
    ("je prefere pas repondre", "skip"), ("passer svp", "skip"),
    ("je ne sais pas", "dont_know"), ("Je sais pas", "dont_know"), ("jsp", "dont_know"),
    ("j'sais pas", "dont_know"), ("chais pas", "dont_know"), ("aucune idée", "dont_know"),
    ("je ne me souviens pas", "dont_know"), ("pas sûr", "dont_know"),
    ("je ne suis pas sûre", "dont_know"),
    ("avocat", "tell_lawyer"), ("l'avocat", "tell_lawyer"), ("a l avocat", "tell_lawyer"),
    ("Je le dirai à l'avocat", "tell_lawyer"),
    ("je préfère le dire à l'avocat", "tell_lawyer"),
    ("je prefere le dire a l avocat", "tell_lawyer"),
])
def test_control_words(raw, expected):
    assert match_control_word(raw, LANG) == expected


@pytest.mark.parametrize("raw", [
    "je ne sais pas la date exacte, mais c'était en mars",
    "l'avocat de l'église nous a aidés", "il a passé deux semaines à l'hôpital",
])
def test_answers_that_mention_control_words_are_answers(raw):
    assert match_control_word(raw, LANG) is None


@pytest.mark.parametrize("raw, expected", [
    ("zéro", 0), ("un", 1), ("une", 1), ("deux enfants", 2), ("trois", 3), ("dix", 10),
    ("onze", 11), ("seize", 16), ("dix-sept", 17), ("dix sept", 17), ("dix-neuf", 19),
    ("vingt", 20), ("vingt et un", 21), ("vingt-deux", 22), ("trente-cinq", 35),
    ("soixante-dix", 70), ("soixante et onze", 71), ("soixante-quinze", 75),
    ("septante", 70), ("septante-deux", 72), ("quatre-vingts", 80),
    ("quatre-vingt-un", 81), ("quatre-vingt-dix", 90), ("quatre-vingt-douze", 92),
    ("nonante", 90), ("nonante-sept", 97), ("cent", 100), ("cent vingt", 120),
    ("deux cents", 200), ("deux cent cinquante", 250), ("aucun", 0), ("personne", 0),
    ("1 500", 1500), ("34 ans", 34), ("il a 34 ans", 34),
])
def test_numbers(raw, expected):
    assert parse_number(raw, LANG) == expected


@pytest.mark.parametrize("raw, expected", [
    ("12/03/2025", "2025-03-12"),              # day first
    ("12.03.2025", "2025-03-12"),
    ("3 mars 2025", "2025-03-03"),
    ("1er septembre 2025", "2025-09-01"),
    ("2 juin 1985", "1985-06-02"),
    ("le 10 janvier", "2025-01-10"),
    ("mars 2024", "2024-03-01"),
    ("en mars 2024", "2024-03-01"),
    ("vers mars 2023", "2023-03-01"),
    ("je crois que c'était en mars 2023", "2023-03-01"),
    ("au mois de mai 2024", "2024-05-01"),
    ("début 2022", "2022-01-01"),
    ("il y a trois semaines", "2025-05-25"),
    ("il y a deux semaines", "2025-06-01"),
    ("il y a 3 semaines", "2025-05-25"),
    ("il y a une semaine", "2025-06-08"),
    ("il y a 6 mois", "2024-12-15"),
    ("il y a un an", "2024-06-15"),
    ("la semaine dernière", "2025-06-08"),
    ("l'année dernière", "2024-06-15"),
    ("hier", "2025-06-14"),
    ("avant-hier", "2025-06-13"),
    ("le mois prochain", "2025-07-15"),
    ("dans 2 mois", "2025-08-15"),
    ("dans deux mois", "2025-08-15"),
])
def test_dates(raw, expected):
    assert parse_date(raw, LANG, today=TODAY) == expected


def _money(amount: str, currency: str) -> dict:
    return {"amount": amount, "currency": currency}


@pytest.mark.parametrize("raw, expected", [
    ("1 500 €", _money("1500", "EUR")),
    ("1 500,50 €", _money("1500.50", "EUR")),
    ("1500 euros", _money("1500", "EUR")),
    ("1,5 million d'euros", _money("1500000", "EUR")),
    ("10k€", _money("10000", "EUR")),
    ("$2,000", _money("2000", "USD")),
    ("2 000 $", _money("2000", "USD")),
    ("2 000 dollars US", _money("2000", "USD")),
    ("deux mille dollars", _money("2000", "USD")),
    ("cinq cents dollars", _money("500", "USD")),
    ("environ 3 000 dollars américains", _money("3000", "USD")),
    ("20 000 dollars canadiens", _money("20000", "CAD")),
    ("50 000 gourdes", _money("50000", "HTG")),
    ("50 000 FCFA", _money("50000", "XOF")),
    ("500 000 francs CFA", _money("500000", "XOF")),
    ("300 000 fcfa beac", _money("300000", "XAF")),
    ("100 000 FC", _money("100000", "CDF")),
    ("8 000 USD", _money("8000", "USD")),
])
def test_money(raw, expected):
    assert parse_money(raw, LANG) == expected


def test_money_takes_the_default_currency():
    assert parse_money("8 000", LANG, default_currency="EUR") == _money("8000", "EUR")


def test_haitian_dollars_are_never_read_as_us_dollars():
    """A "dollar haïtien" is 5 gourdes: the applicant is asked which money."""
    with pytest.raises(ParseError) as error:
        parse_money("200 dollars haïtiens", LANG)
    assert error.value.code == "money_currency"


@pytest.mark.parametrize("raw, expected", [
    ("la deuxième", "denied"), ("deuxième", "denied"), ("le deuxième choix", "denied"),
    ("la 2e", "denied"), ("2ème", "denied"), ("le second", "denied"), ("option 2", "denied"),
    ("l'option 2", "denied"), ("numéro 3", "refile"), ("la troisième", "refile"),
    ("la première", "first_request"), ("deux", "denied"), ("trois", "refile"),
    ("refusée", "denied"), ("première fois", "first_request"),
])
def test_choice(raw, expected):
    assert parse_choice(raw, LANG, REQUEST) == expected


@pytest.mark.parametrize("raw, expected", [
    ("1 et 3", ["family", "charity"]),
    ("la première et la troisième", ["family", "charity"]),
    ("toutes", ["family", "us_family", "charity", "insurance"]),
    ("assurance, 1", ["family", "insurance"]),
    ("aucune", []),
])
def test_multi_choice(raw, expected):
    assert parse_multi_choice(raw, LANG, PAYERS) == expected
