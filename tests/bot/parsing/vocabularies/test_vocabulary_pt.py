"""Brazilian Portuguese through the public parsers: the words people type ("ss",
"nn", "ñ sei", "blz", spellings without accents) and Brazilian number, date and
money formats ("R$ 1.500,50", "há duas semanas", "12/03/2025")."""
from __future__ import annotations

import datetime

import pytest

from bot.parsing import (ParseError, match_control_word, parse_choice, parse_date,
                         parse_money, parse_multi_choice, parse_number, parse_yes_no)

LANG = "pt_BR"
TODAY = datetime.date(2025, 6, 15)
REQUEST = [
    ("first_request", ["Não, é a primeira vez", "No, this is the first time"]),
    ("denied", ["Sim, e foi negado", "Yes, and it was denied"]),
    ("refile", ["Sim, e estamos pedindo de novo", "Yes, and we are asking again"]),
]
PAYERS = [
    ("family", ["O paciente ou a família", "The patient or their family"]),
    ("us_family", ["Família ou amigos nos EUA", "Family or friends in the US"]),
    ("charity", ["O hospital ou uma instituição de caridade", "The hospital or a charity"]),
    ("insurance", ["Plano de saúde", "Insurance"]),
]


@pytest.mark.parametrize("raw", [
    "sim", "Sim!", "siiim", "ss", "s", "claro", "claro que sim", "com certeza", "isso mesmo",
    "tá bom", "ta bom", "beleza", "blz", "uhum", "aham", "é sim", "tenho sim", "sim, tenho",
    "concordo", "pode ser", "👍",
])
def test_yes(raw):
    assert parse_yes_no(raw, LANG) is True


@pytest.mark.parametrize("raw", [
    "não", "Não.", "nao", "ñ", "nn", "naum", "nunca", "jamais", "ainda não", "não tenho",
    "nao temos", "de jeito nenhum", "não, obrigado", "nem pensar", "nops",
])
def test_no(raw):
    assert parse_yes_no(raw, LANG) is False


@pytest.mark.parametrize("raw", [
    "não sei", "não lembro", "sei lá", "pular", "advogado", "sim e não", "não, mas sim",
])
def test_not_yes_or_no(raw):
    with pytest.raises(ParseError):
        parse_yes_no(raw, LANG)


@pytest.mark.parametrize("raw, expected", [
    ("pular", "skip"), ("Pular esta pergunta", "skip"), ("pula essa", "skip"),
    ("próxima", "skip"), ("proxima pergunta", "skip"), ("prefiro não responder", "skip"),
    ("não quero responder", "skip"), ("pular, por favor", "skip"),
    ("não sei", "dont_know"), ("Nao sei", "dont_know"), ("ñ sei", "dont_know"),
    ("sei lá", "dont_know"), ("não lembro", "dont_know"), ("não me lembro", "dont_know"),
    ("não tenho certeza", "dont_know"), ("não faço ideia", "dont_know"),
    ("advogado", "tell_lawyer"), ("Advogada", "tell_lawyer"),
    ("Vou contar ao advogado", "tell_lawyer"), ("prefiro contar ao advogado", "tell_lawyer"),
    ("prefiro falar com o advogado", "tell_lawyer"), ("só pro advogado", "tell_lawyer"),
])
def test_control_words(raw, expected):
    assert match_control_word(raw, LANG) == expected


@pytest.mark.parametrize("raw", [
    "não sei a data exata, acho que foi em março", "o advogado da igreja nos ajudou",
    "ela pulou duas consultas",
])
def test_answers_that_mention_control_words_are_answers(raw):
    assert match_control_word(raw, LANG) is None


@pytest.mark.parametrize("raw, expected", [
    ("zero", 0), ("um", 1), ("uma", 1), ("duas", 2), ("dois filhos", 2), ("três", 3),
    ("tres", 3), ("sete", 7), ("dez", 10), ("onze", 11), ("quatorze", 14), ("catorze", 14),
    ("quinze", 15), ("dezesseis", 16), ("dezenove", 19), ("vinte", 20), ("vinte e um", 21),
    ("trinta e dois", 32), ("cinquenta", 50), ("cem", 100), ("cento e cinquenta", 150),
    ("duzentos e cinco", 205), ("nenhum", 0), ("1.500", 1500), ("34 anos", 34),
])
def test_numbers(raw, expected):
    assert parse_number(raw, LANG) == expected


@pytest.mark.parametrize("raw, expected", [
    ("12/03/2025", "2025-03-12"),             # day first
    ("12.03.2025", "2025-03-12"),
    ("3 de março de 2025", "2025-03-03"),
    ("12 de marco de 2025", "2025-03-12"),     # no cedilla
    ("março de 2024", "2024-03-01"),
    ("1º de setembro de 2025", "2025-09-01"),
    ("por volta de março de 2023", "2023-03-01"),
    ("há duas semanas", "2025-06-01"),
    ("há 3 meses", "2025-03-15"),
    ("há dez dias", "2025-06-05"),
    ("faz duas semanas", "2025-06-01"),
    ("2 meses atrás", "2025-04-15"),
    ("há um ano", "2024-06-15"),
    ("semana passada", "2025-06-08"),
    ("mês passado", "2025-05-15"),
    ("ano passado", "2024-06-15"),
    ("ontem", "2025-06-14"),
    ("próximo mês", "2025-07-15"),
    ("em 2 meses", "2025-08-15"),
])
def test_dates(raw, expected):
    assert parse_date(raw, LANG, today=TODAY) == expected


def _money(amount: str, currency: str) -> dict:
    return {"amount": amount, "currency": currency}


@pytest.mark.parametrize("raw, expected", [
    ("R$ 1.500,50", _money("1500.50", "BRL")),
    ("R$1.200", _money("1200", "BRL")),
    ("1.500,50 reais", _money("1500.50", "BRL")),
    ("1500 reais", _money("1500", "BRL")),
    ("20 mil reais", _money("20000", "BRL")),
    ("1,5 milhão de reais", _money("1500000", "BRL")),
    ("cinquenta reais", _money("50", "BRL")),
    ("5 mil paus", _money("5000", "BRL")),
    ("$2,000", _money("2000", "USD")),
    ("US$ 500", _money("500", "USD")),
    ("2 mil dólares", _money("2000", "USD")),
    ("cerca de 3 mil dolares", _money("3000", "USD")),
    ("quinhentos dólares", _money("500", "USD")),
    ("3.500 euros", _money("3500", "EUR")),
    ("100 mil kwanzas", _money("100000", "AOA")),
    ("50 mil meticais", _money("50000", "MZN")),
    ("50 000 gourdes", _money("50000", "HTG")),
])
def test_money(raw, expected):
    assert parse_money(raw, LANG) == expected


def test_money_takes_the_default_currency():
    assert parse_money("8.000", LANG, default_currency="BRL") == _money("8000", "BRL")


@pytest.mark.parametrize("raw, expected", [
    ("a segunda", "denied"), ("segunda opção", "denied"), ("opção 2", "denied"),
    ("o primeiro", "first_request"), ("a terceira", "refile"), ("2º", "denied"),
    ("3ª", "refile"), ("dois", "denied"), ("três", "refile"), ("negado", "denied"),
    ("primeira vez", "first_request"),
])
def test_choice(raw, expected):
    assert parse_choice(raw, LANG, REQUEST) == expected


@pytest.mark.parametrize("raw, expected", [
    ("1 e 3", ["family", "charity"]),
    ("a primeira e a terceira", ["family", "charity"]),
    ("todas", ["family", "us_family", "charity", "insurance"]),
    ("plano de saúde, 1", ["family", "insurance"]),
    ("nenhuma", []),
])
def test_multi_choice(raw, expected):
    assert parse_multi_choice(raw, LANG, PAYERS) == expected
