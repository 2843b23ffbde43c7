from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from bot.parsing.choices import parse_choice, parse_multi_choice
from bot.parsing.errors import ParseError
from bot.parsing.normalize import match_key
from bot.parsing.text import clean_text
from bot.parsing.vocabulary import with_english_fallback

PROPERTY = settings(deadline=None, max_examples=300, database=None)

REQUEST = [
    ("first_request", ["Primera solicitud", "First request"]),
    ("refile", ["Volver a presentar", "Refile"]),
    ("denial_response", ["Responder a una negación", "Response to a denial"]),
]
RELATIVE = [
    ("sister", ["hermana", "sister"]),
    ("sister_in_law", ["cuñada", "sister-in-law"]),
    ("mother", ["madre", "mother"]),
    ("other", ["otro", "other"]),
]
GROUNDS = [
    ("urgency", ["Urgencia", "Urgency"]),
    ("available_elsewhere",
     ["Tratamiento disponible en otro lugar", "Treatment available elsewhere"]),
    ("finances", ["Finanzas", "Finances"]),
    ("security", ["Seguridad o historial migratorio", "Security or immigration history"]),
    ("lodging", ["Alojamiento y comidas", "Lodging and meals"]),
]


@pytest.mark.parametrize("raw, lang, expected", [
    ("2", "en", "refile"), ("2.", "es", "refile"), ("#2", "en", "refile"),
    ("2)", "es", "refile"), (" 3 ", "en", "denial_response"),
    ("two", "en", "refile"), ("dos", "es", "refile"), ("Tres", "es", "denial_response"),
    ("second", "en", "refile"), ("the second one", "en", "refile"), ("2nd", "en", "refile"),
    ("la segunda", "es", "refile"), ("opción 3", "es", "denial_response"),
    ("option 1", "en", "first_request"), ("1ª", "es", "first_request"),
    ("refile", "en", "refile"), ("REFILE!", "en", "refile"),
    ("denial_response", "en", "denial_response"),
    ("Volver a presentar", "es", "refile"), ("volver a presentar", "es", "refile"),
    ("primera solicitud", "es", "first_request"),
    ("responder a una negacion", "es", "denial_response"),
    ("refile", "es", "refile"),                  # the English label works in Spanish too
    ("volver", "es", "refile"),                  # unambiguous prefix
    ("response", "en", "denial_response"),
    ("it's a response to a denial", "en", "denial_response"),   # label inside the answer
    ("first", "en", "first_request"),            # ordinal, also the label's first word
])
def test_parse_choice(raw, lang, expected):
    assert parse_choice(raw, lang, REQUEST) == expected


@pytest.mark.parametrize("raw, expected", [
    ("sister", "sister"), ("my sister", "sister"), ("my sister-in-law", "sister_in_law"),
    ("cuñada", "sister_in_law"), ("cunada", "sister_in_law"), ("Mi madre", "mother"),
    ("4", "other"),
])
def test_parse_choice_prefers_the_longest_label(raw, expected):
    assert parse_choice(raw, "es", RELATIVE) == expected


@pytest.mark.parametrize("raw, lang", [
    ("4", "en"), ("0", "es"), ("cuatro", "es"), ("banana", "en"), ("sis", "en"),
    ("yes", "en"), ("re", "en"), ("<script>1</script>", "en"), ("'; DROP TABLE x; --", "en"),
    ("1 and 2", "en"),
])
def test_parse_choice_unknown(raw, lang):
    options = RELATIVE if raw == "sis" else REQUEST
    with pytest.raises(ParseError) as error:
        parse_choice(raw, lang, options)
    assert error.value.code == "choice_unknown"


def test_parse_choice_out_of_range_says_how_many():
    with pytest.raises(ParseError) as error:
        parse_choice("7", "en", REQUEST)
    assert error.value.details == {"reason": "out_of_range", "count": 3}


def test_parse_choice_without_options():
    with pytest.raises(ParseError) as error:
        parse_choice("1", "en", [])
    assert error.value.code == "choice_unknown"


@pytest.mark.parametrize("raw, code", [("", "empty"), ("🤔", "no_text"), ("1" * 2001, "too_long")])
def test_parse_choice_cleaning_errors(raw, code):
    with pytest.raises(ParseError) as error:
        parse_choice(raw, "en", REQUEST)
    assert error.value.code == code


@pytest.mark.parametrize("raw, lang, expected", [
    ("1, 3", "en", ["urgency", "finances"]),
    ("3, 1", "en", ["urgency", "finances"]),              # display order
    ("1,3,3", "en", ["urgency", "finances"]),             # de-duplicated
    ("1 y 3", "es", ["urgency", "finances"]),
    ("1 and 3", "en", ["urgency", "finances"]),
    ("1 3", "en", ["urgency", "finances"]),
    ("13", "en", ["urgency", "finances"]),                # fewer than ten options
    ("1-3", "en", ["urgency", "available_elsewhere", "finances"]),
    ("2 to 4", "en", ["available_elsewhere", "finances", "security"]),
    ("1; 5", "en", ["urgency", "lodging"]),
    ("uno y tres", "es", ["urgency", "finances"]),
    ("urgency, finances", "en", ["urgency", "finances"]),
    ("urgencia y finanzas", "es", ["urgency", "finances"]),
    ("Lodging and meals", "en", ["lodging"]),             # "and" inside a label
    ("lodging and meals, urgency", "en", ["urgency", "lodging"]),
    ("seguridad o historial migratorio", "es", ["security"]),
    ("2", "es", ["available_elsewhere"]),
    ("todas", "es", ["urgency", "available_elsewhere", "finances", "security", "lodging"]),
    ("all of them", "en", ["urgency", "available_elsewhere", "finances", "security", "lodging"]),
])
def test_parse_multi_choice(raw, lang, expected):
    assert parse_multi_choice(raw, lang, GROUNDS) == expected


@pytest.mark.parametrize("raw, details", [
    ("1, banana", {"item": 2}),
    ("7", {"item": 1}),
    ("1, 2, 9", {"item": 3}),
])
def test_parse_multi_choice_unknown_part(raw, details):
    with pytest.raises(ParseError) as error:
        parse_multi_choice(raw, "en", GROUNDS)
    assert error.value.code == "choice_unknown"
    assert error.value.details == details


def test_an_option_called_all_is_a_label_not_every_option():
    options = [("all", ["All"]), ("some", ["Some"])]
    assert parse_multi_choice("all", "en", options) == ["all"]


@PROPERTY
@given(st.text(), st.sampled_from(["en", "es", "ht"]))
def test_random_text_gives_a_key_or_parse_error(raw, lang):
    try:
        value = parse_choice(raw, lang, GROUNDS)
    except ParseError:
        return
    assert value in {key for key, _ in GROUNDS}


_CHOICE_TOKENS = ["1", "2", "3", "7", "13", "1-3", ",", "and", "y", "o", "urgency", "finanzas",
                  "lodging", "meals", "treat", "all", "todas", "#", "second", "dos", ";", "\n"]


@PROPERTY
@given(st.one_of(st.text(), st.lists(st.sampled_from(_CHOICE_TOKENS), max_size=6).map(" ".join)),
       st.sampled_from(["en", "es"]))
def test_random_text_gives_keys_or_parse_error(raw, lang):
    try:
        values = parse_multi_choice(raw, lang, GROUNDS)
    except ParseError:
        return
    keys = [key for key, _ in GROUNDS]
    if not values:   # only "none" / "ninguno" and the like pick no option
        assert any(match_key(clean_text(raw)) in table.zero_words
                   for table in with_english_fallback(lang))
    assert len(values) == len(set(values))
    assert values == sorted(values, key=keys.index)


@pytest.mark.parametrize("text,lang", [("none", "en"), ("NONE.", "en"), ("ninguno", "es"),
                                       ("no", "es"), ("nothing", "en")])
def test_multi_choice_none_is_an_empty_answer(text, lang):
    options = [("scans", ["Scans"]), ("labs", ["Lab results"]), ("letters", ["Letters"])]
    assert parse_multi_choice(text, lang, options) == []


@pytest.mark.parametrize("text,lang,expected", [
    ("scans and lab results", "en", ["scans", "labs"]),
    ("escáneres y resultados de laboratorio", "es", ["scans", "labs"]),
    ("lab results", "en", ["labs"]),
])
def test_multi_choice_labels_joined_by_and(text, lang, expected):
    options = [("scans", ["Escáneres", "Scans"]), ("labs", ["Resultados de laboratorio", "Lab results"]),
               ("letters", ["Cartas", "Letters"])]
    assert parse_multi_choice(text, lang, options) == expected
