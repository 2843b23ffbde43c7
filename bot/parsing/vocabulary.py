"""Per-language words the parsers recognise, one table per language.

Adding a language means adding one ``Vocabulary`` entry to ``_TABLES``; every
parser looks its words up through ``vocabulary_for``. Phrases are written here as
people type them and reduced to matching keys (``normalize.match_key``) when the
table is built, so accents and case do not matter. An unknown language gets the
English table; English phrases are also accepted as a fallback in every language
where a parser says so (applicants mix "ok" and "skip" into Spanish).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Iterable, Mapping

from bot.parsing.normalize import match_key

FALLBACK_LANGUAGE = "en"
AMBIGUOUS_PESO = "peso"   # "pesos" without a country: MXN, COP, CUP, DOP, ...


def _keys(*phrases: str) -> frozenset[str]:
    return frozenset(match_key(phrase) for phrase in phrases)


def _mapping(table: Mapping[str, object]) -> Mapping:
    return MappingProxyType({match_key(word): value for word, value in table.items()})


@dataclass(frozen=True)
class Vocabulary:
    """Everything language-specific a parser needs (all keys are match keys)."""

    language: str
    babel_locale: str                 # numbers and month names
    date_order: str                   # dateparser DATE_ORDER for "03/12/2025"
    yes: frozenset[str]
    no: frozenset[str]
    numbers: Mapping[str, int]        # number words 0..100 (Spanish: hundreds too)
    number_joiners: frozenset[str]    # "treinta y dos"
    ordinals: Mapping[str, int]       # "second", "segunda"
    zero_words: frozenset[str]        # "none" for a count
    all_words: frozenset[str]         # "all of them" for a multi-choice
    list_connectors: frozenset[str]   # "1 and 3"
    choice_fillers: frozenset[str]    # "option 2", "the second one"
    stopwords: frozenset[str]         # ignored when matching choice labels
    multipliers: Mapping[str, int]    # "20 mil", "2k"
    currency_words: Mapping[str, str]  # phrase -> ISO code or AMBIGUOUS_PESO
    control_words: Mapping[str, frozenset[str]]  # skip / dont_know / tell_lawyer
    polite_fillers: frozenset[str]    # "please", "por favor"
    relative_date_words: frozenset[str]
    date_prepositions: frozenset[str]  # "in may": the month, not the verb
    ambiguous_month_words: frozenset[str] = field(default_factory=frozenset)


def _english_numbers() -> dict[str, int]:
    units = ("zero one two three four five six seven eight nine ten eleven twelve "
             "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()
    tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()
    words = {word: value for value, word in enumerate(units)}
    words.update({word: 20 + 10 * index for index, word in enumerate(tens)})
    words.update({"hundred": 100, "fourty": 40})
    return words


def _spanish_numbers() -> dict[str, int]:
    units = ("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece "
             "catorce quince dieciséis diecisiete dieciocho diecinueve veinte").split()
    words = {word: value for value, word in enumerate(units)}
    words.update({"un": 1, "una": 1, "veintiun": 21, "veintiún": 21, "veintiuna": 21,
                  "cien": 100, "ciento": 100, "quinientos": 500, "quinientas": 500,
                  "setecientos": 700, "setecientas": 700, "novecientos": 900,
                  "novecientas": 900})
    for value, prefix in ((2, "dos"), (3, "tres"), (4, "cuatro"), (6, "seis"), (8, "ocho")):
        words.update({f"{prefix}cientos": value * 100, f"{prefix}cientas": value * 100})
    for value, word in enumerate("uno dos tres cuatro cinco seis siete ocho nueve".split(), 1):
        words.setdefault(f"veinti{word}", 20 + value)
    words.update({"veintidós": 22, "veintitrés": 23, "veintiséis": 26})
    tens = "treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
    words.update({word: 30 + 10 * index for index, word in enumerate(tens)})
    return words


def _ordinals(words: Iterable[str], abbreviations: Iterable[str]) -> dict[str, int]:
    """Ordinal words ("second/segunda") and abbreviations ("2nd/2da") by value 1..10."""
    table: dict[str, int] = {}
    for value, (group, short) in enumerate(zip(words, abbreviations), 1):
        for word in group.split("/") + short.split("/"):
            table[word] = value
    return table


_ENGLISH = Vocabulary(
    language="en",
    babel_locale="en_US",
    date_order="MDY",
    yes=_keys("yes", "y", "yeah", "yea", "ya", "yep", "yup", "sure", "ok", "okay", "okey",
              "k", "correct", "right", "that's right", "true", "of course", "absolutely",
              "definitely", "affirmative", "indeed", "yes please", "i do", "i have",
              "it is", "yes it is", "that is right", "exactly"),
    no=_keys("no", "n", "nope", "nah", "not really", "not at all", "no way", "never",
             "of course not", "absolutely not", "definitely not", "no thanks",
             "no thank you", "negative", "false", "i don't", "i do not", "i haven't",
             "not yet", "none"),
    numbers=_mapping(_english_numbers()),
    number_joiners=_keys("and"),
    ordinals=_mapping(_ordinals(
        ["first", "second", "third", "fourth/forth", "fifth", "sixth", "seventh",
         "eighth", "ninth", "tenth"],
        ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"])),
    zero_words=_keys("none", "zero", "no one", "nobody", "nothing", "not any", "no"),
    all_words=_keys("all", "all of them", "all of the above", "everything", "every one",
                    "each", "both"),
    list_connectors=_keys("and", "plus", "also", "or"),
    choice_fillers=_keys("option", "options", "number", "num", "nr", "no.", "choice",
                         "answer", "the", "is", "it", "its", "it's", "i", "choose",
                         "pick", "want", "please", "my"),
    stopwords=_keys("the", "a", "an", "of", "my", "i", "it", "its", "is", "to", "in",
                    "and", "for", "on", "at", "with", "was", "am"),
    multipliers=_mapping({"k": 1_000, "thousand": 1_000, "thousands": 1_000,
                          "grand": 1_000, "million": 1_000_000, "millions": 1_000_000,
                          "mil": 1_000}),
    currency_words=_mapping({
        "dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD",
        "american dollars": "USD", "bucks": "USD", "dlls": "USD", "dls": "USD",
        "canadian dollars": "CAD", "euro": "EUR", "euros": "EUR",
        "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP",
        "peso": AMBIGUOUS_PESO, "pesos": AMBIGUOUS_PESO,
        "mexican pesos": "MXN", "mexican peso": "MXN",
        "colombian pesos": "COP", "colombian peso": "COP",
        "cuban pesos": "CUP", "cuban peso": "CUP",
        "dominican pesos": "DOP", "dominican peso": "DOP",
        "argentine pesos": "ARS", "argentinian pesos": "ARS", "chilean pesos": "CLP",
        "gourde": "HTG", "gourdes": "HTG", "gdes": "HTG",
        "quetzal": "GTQ", "quetzals": "GTQ", "quetzales": "GTQ",
        "lempira": "HNL", "lempiras": "HNL", "cordoba": "NIO", "cordobas": "NIO",
        "bolivar": "VES", "bolivars": "VES", "bolivares": "VES",
        "soles": "PEN", "reais": "BRL", "real": "BRL",
        "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH",
        "afghani": "AFN", "afghanis": "AFN",
    }),
    control_words=MappingProxyType({
        "skip": _keys("skip", "sk1p", "skp", "skip it", "skip this", "skip this one",
                      "skip question", "skip this question", "skip that", "pass", "next",
                      "next question", "move on", "prefer not to say",
                      "i prefer not to say", "rather not say", "i'd rather not say",
                      "i would rather not say", "prefer not to answer",
                      "rather not answer", "no comment"),
        "dont_know": _keys("i don't know", "i dont know", "don't know", "dont know",
                           "i do not know", "do not know", "idk", "dk", "dunno", "i dunno",
                           "not sure", "i'm not sure", "im not sure", "i am not sure",
                           "no idea", "i have no idea", "no clue", "i have no clue",
                           "unknown", "don't remember", "i don't remember",
                           "i can't remember", "cant remember", "can't remember",
                           "not known", "i'm not certain", "not certain"),
        "tell_lawyer": _keys("I'd rather tell the lawyer", "id rather tell the lawyer",
                             "i would rather tell the lawyer", "rather tell the lawyer",
                             "i'd rather tell the lawyer directly",
                             "i'll tell the lawyer", "ill tell the lawyer",
                             "i will tell the lawyer", "tell the lawyer", "tell lawyer",
                             "tell the lawyer directly", "lawyer", "the lawyer",
                             "lawyer only", "only the lawyer", "for the lawyer",
                             "prefer to tell the lawyer", "i prefer to tell the lawyer",
                             "attorney", "the attorney", "tell the attorney",
                             "i'd rather tell the attorney", "for the attorney"),
    }),
    polite_fillers=_keys("please", "pls", "plz", "thanks", "thank you", "sorry", "ok",
                         "okay", "um", "umm", "hmm", "just", "i want to", "can we",
                         "lets", "let's"),
    relative_date_words=_keys("ago", "yesterday", "today", "tomorrow", "day", "days",
                              "week", "weeks", "month", "months", "year", "years", "last",
                              "next", "fortnight"),
    date_prepositions=_keys("in", "since", "around", "about", "last", "early", "late",
                            "mid", "by", "until", "till", "from", "this", "next", "on",
                            "of", "before", "after", "during", "approximately", "approx",
                            "roughly", "maybe", "probably", "circa", "ca", "like"),
    ambiguous_month_words=_keys("may"),
)

_SPANISH = Vocabulary(
    language="es",
    babel_locale="es",
    date_order="DMY",
    yes=_keys("sí", "si", "s", "claro", "claro que sí", "correcto", "de acuerdo", "vale",
              "ok", "okey", "okay", "dale", "por supuesto", "afirmativo", "así es",
              "exacto", "cierto", "es correcto", "sip", "simón", "sí tengo",
              "sí señor", "sí señora", "con gusto", "está bien", "esta bien"),
    no=_keys("no", "n", "nop", "nel", "nunca", "jamás", "para nada", "claro que no",
             "tampoco", "no gracias", "negativo", "todavía no", "aún no", "no tengo",
             "ninguno", "ninguna", "de ninguna manera"),
    numbers=_mapping(_spanish_numbers()),
    number_joiners=_keys("y"),
    ordinals=_mapping(_ordinals(
        ["primero/primera/primer", "segundo/segunda", "tercero/tercera/tercer",
         "cuarto/cuarta", "quinto/quinta", "sexto/sexta", "séptimo/séptima",
         "octavo/octava", "noveno/novena", "décimo/décima"],
        [f"{n}o/{n}a/{n}º/{n}ª/{n}{short}" for n, short in enumerate(
            ["ro/1ra/1er", "do/2da", "ro/3ra/3er", "to/4ta", "to/5ta", "to/6ta", "mo/7ma",
             "vo/8va", "no/9na", "mo/10ma"], 1)])),
    zero_words=_keys("ninguno", "ninguna", "cero", "nadie", "nada", "no tengo", "no"),
    all_words=_keys("todos", "todas", "todo", "todas las anteriores",
                    "todos los anteriores", "todas ellas", "todos ellos", "ambos",
                    "ambas", "los dos", "las dos"),
    list_connectors=_keys("y", "e", "más", "mas", "también", "o"),
    choice_fillers=_keys("opción", "opcion", "número", "numero", "num", "nro", "no.",
                         "la", "el", "lo", "es", "elijo", "quiero", "escojo", "por favor",
                         "mi", "respuesta"),
    stopwords=_keys("el", "la", "los", "las", "un", "una", "de", "del", "mi", "mis", "es",
                    "en", "y", "que", "lo", "al", "a", "por", "para", "con", "soy"),
    multipliers=_mapping({"mil": 1_000, "k": 1_000, "millón": 1_000_000,
                          "millon": 1_000_000, "millones": 1_000_000}),
    currency_words=_mapping({
        "dólar": "USD", "dólares": "USD", "dolar": "USD", "dolares": "USD",
        "dólares americanos": "USD", "dólares estadounidenses": "USD",
        "dls": "USD", "dlls": "USD", "dólares canadienses": "CAD",
        "euro": "EUR", "euros": "EUR", "libras": "GBP", "libras esterlinas": "GBP",
        "peso": AMBIGUOUS_PESO, "pesos": AMBIGUOUS_PESO,
        "pesos mexicanos": "MXN", "peso mexicano": "MXN",
        "pesos colombianos": "COP", "peso colombiano": "COP",
        "pesos cubanos": "CUP", "peso cubano": "CUP",
        "pesos dominicanos": "DOP", "peso dominicano": "DOP",
        "pesos argentinos": "ARS", "pesos chilenos": "CLP", "pesos uruguayos": "UYU",
        "gourdes": "HTG", "gourde": "HTG", "gurdas": "HTG",
        "quetzal": "GTQ", "quetzales": "GTQ", "lempira": "HNL", "lempiras": "HNL",
        "córdoba": "NIO", "córdobas": "NIO", "bolívar": "VES", "bolívares": "VES",
        "soles": "PEN", "reales": "BRL", "grivnas": "UAH", "afganis": "AFN",
    }),
    control_words=MappingProxyType({
        "skip": _keys("saltar", "salta", "sáltala", "saltala", "saltar pregunta",
                      "saltar esta", "saltar esta pregunta", "salto", "me la salto",
                      "omitir", "omite", "omitir pregunta", "paso", "paso esta", "pasar",
                      "siguiente", "siguiente pregunta", "la siguiente",
                      "prefiero no decir", "prefiero no decirlo", "prefiero no contestar",
                      "prefiero no responder", "sin comentarios"),
        "dont_know": _keys("no sé", "no se", "nose", "nosé", "no lo sé", "no lo se",
                           "ni idea", "no tengo idea", "no tengo ni idea",
                           "no estoy seguro", "no estoy segura", "no me acuerdo",
                           "no recuerdo", "no lo recuerdo", "desconozco", "quién sabe",
                           "no sabría decir", "no sabria decir", "no lo sabemos",
                           "no sabemos"),
        "tell_lawyer": _keys("prefiero decírselo al abogado", "prefiero decirselo al abogado",
                             "prefiero decírselo a la abogada", "prefiero decirle al abogado",
                             "prefiero decírselo al abogado directamente",
                             "se lo digo al abogado", "se lo diré al abogado",
                             "se lo dire al abogado", "al abogado", "a la abogada",
                             "abogado", "abogada", "el abogado", "la abogada",
                             "para el abogado", "solo al abogado", "con el abogado",
                             "prefiero hablarlo con el abogado",
                             "prefiero hablar con el abogado",
                             "se lo cuento al abogado"),
    }),
    polite_fillers=_keys("por favor", "porfa", "gracias", "perdón", "perdon", "disculpe",
                         "lo siento", "ok", "pues", "eh", "mmm", "este", "quiero",
                         "mejor"),
    relative_date_words=_keys("hace", "ayer", "hoy", "mañana", "anteayer", "antier",
                              "día", "días", "semana", "semanas", "mes", "meses", "año",
                              "años", "pasado", "pasada", "próximo", "próxima",
                              "que viene", "quincena"),
    date_prepositions=_keys("en", "desde", "de", "del", "hasta", "para", "el", "por",
                            "antes", "después", "durante", "como", "principios",
                            "mediados", "finales", "fines", "aproximadamente", "quizás",
                            "quizá", "alrededor", "sobre", "hacia", "creo", "que",
                            "probablemente"),
)

_TABLES: Mapping[str, Vocabulary] = MappingProxyType({
    _ENGLISH.language: _ENGLISH,
    _SPANISH.language: _SPANISH,
})


def base_language(lang: object) -> str:
    """"es-MX", "es_419", "ES" -> "es"; anything unknown or malformed -> "en"."""
    if not isinstance(lang, str):
        return FALLBACK_LANGUAGE
    code = lang.strip().replace("_", "-").split("-", 1)[0].lower()
    return code if code in _TABLES else FALLBACK_LANGUAGE


def vocabulary_for(lang: object) -> Vocabulary:
    """The table for ``lang`` (the English one when the language has no table)."""
    return _TABLES[base_language(lang)]


def with_english_fallback(lang: object) -> tuple[Vocabulary, ...]:
    """The language's table, then English unless it is English already."""
    table = vocabulary_for(lang)
    return (table,) if table.language == FALLBACK_LANGUAGE else (table, _ENGLISH)


def supported_languages() -> tuple[str, ...]:
    return tuple(_TABLES)


# Emoji answers, the same in every language. Skin tones, variation selectors
# and joiners are removed before looking a character up.
YES_EMOJI = frozenset("👍✅✔☑👌🆗")
NO_EMOJI = frozenset("👎❌✖🚫⛔❎")
CONTROL_EMOJI = MappingProxyType({"🤷": "dont_know", "⏭": "skip"})
EMOJI_MODIFIERS = frozenset("\ufe0e\ufe0f\u200d\u2640\u2642") | frozenset(
    chr(code) for code in range(0x1F3FB, 0x1F400))
