"""Spanish, as written across Latin America and Spain ("nel", "órale", "porfa")."""
from __future__ import annotations

from types import MappingProxyType

from bot.parsing.vocabulary import AMBIGUOUS_PESO, Vocabulary, keys, mapping, ordinals


def _numbers() -> dict[str, int]:
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



VOCABULARY = Vocabulary(
    language="es",
    babel_locale="es",
    date_order="DMY",
    date_language="es",
    yes=keys("sí", "si", "s", "claro", "claro que sí", "correcto", "de acuerdo", "vale",
              "ok", "okey", "okay", "dale", "por supuesto", "afirmativo", "así es",
              "exacto", "cierto", "es correcto", "sip", "simón", "sí tengo",
              "sí señor", "sí señora", "con gusto", "está bien", "esta bien"),
    no=keys("no", "n", "nop", "nel", "nunca", "jamás", "para nada", "claro que no",
             "tampoco", "no gracias", "negativo", "todavía no", "aún no", "no tengo",
             "ninguno", "ninguna", "de ninguna manera"),
    numbers=mapping(_numbers()),
    number_joiners=keys("y"),
    ordinals=mapping(ordinals(
        ["primero/primera/primer", "segundo/segunda", "tercero/tercera/tercer",
         "cuarto/cuarta", "quinto/quinta", "sexto/sexta", "séptimo/séptima",
         "octavo/octava", "noveno/novena", "décimo/décima"],
        [f"{n}o/{n}a/{n}º/{n}ª/{n}{short}" for n, short in enumerate(
            ["ro/1ra/1er", "do/2da", "ro/3ra/3er", "to/4ta", "to/5ta", "to/6ta", "mo/7ma",
             "vo/8va", "no/9na", "mo/10ma"], 1)])),
    zero_words=keys("ninguno", "ninguna", "cero", "nadie", "nada", "no tengo", "no"),
    all_words=keys("todos", "todas", "todo", "todas las anteriores",
                    "todos los anteriores", "todas ellas", "todos ellos", "ambos",
                    "ambas", "los dos", "las dos"),
    list_connectors=keys("y", "e", "más", "mas", "también", "o"),
    choice_fillers=keys("opción", "opcion", "número", "numero", "num", "nro", "no.",
                         "la", "el", "lo", "es", "elijo", "quiero", "escojo", "por favor",
                         "mi", "respuesta"),
    stopwords=keys("el", "la", "los", "las", "un", "una", "de", "del", "mi", "mis", "es",
                    "en", "y", "que", "lo", "al", "a", "por", "para", "con", "soy"),
    multipliers=mapping({"mil": 1_000, "k": 1_000, "millón": 1_000_000,
                          "millon": 1_000_000, "millones": 1_000_000}),
    currency_words=mapping({
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
        "skip": keys("saltar", "salta", "sáltala", "saltala", "saltar pregunta",
                      "saltar esta", "saltar esta pregunta", "salto", "me la salto",
                      "omitir", "omite", "omitir pregunta", "paso", "paso esta", "pasar",
                      "siguiente", "siguiente pregunta", "la siguiente",
                      "prefiero no decir", "prefiero no decirlo", "prefiero no contestar",
                      "prefiero no responder", "sin comentarios"),
        "dont_know": keys("no sé", "no se", "nose", "nosé", "no lo sé", "no lo se",
                           "ni idea", "no tengo idea", "no tengo ni idea",
                           "no estoy seguro", "no estoy segura", "no me acuerdo",
                           "no recuerdo", "no lo recuerdo", "desconozco", "quién sabe",
                           "no sabría decir", "no sabria decir", "no lo sabemos",
                           "no sabemos"),
        "tell_lawyer": keys("prefiero decírselo al abogado", "prefiero decirselo al abogado",
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
    polite_fillers=keys("por favor", "porfa", "gracias", "perdón", "perdon", "disculpe",
                         "lo siento", "ok", "pues", "eh", "mmm", "este", "quiero",
                         "mejor"),
    relative_date_words=keys("hace", "ayer", "hoy", "mañana", "anteayer", "antier",
                              "día", "días", "semana", "semanas", "mes", "meses", "año",
                              "años", "pasado", "pasada", "próximo", "próxima",
                              "que viene", "quincena"),
    date_prepositions=keys("en", "desde", "de", "del", "hasta", "para", "el", "por",
                            "antes", "después", "durante", "como", "principios",
                            "mediados", "finales", "fines", "aproximadamente", "quizás",
                            "quizá", "alrededor", "sobre", "hacia", "creo", "que",
                            "probablemente"),
    openers=keys("hola", "buenas", "buenos días", "buenos dias", "buenas tardes",
                 "buenas noches", "necesito ayuda", "ayuda", "quiero", "gracias",
                 "por favor", "mi", "hijo", "hija", "madre", "padre", "esposo", "esposa",
                 "tengo", "tiene", "estoy", "para", "que", "como", "donde", "cuando",
                 "permiso humanitario", "negaron", "negado", "médico", "tratamiento",
                 "enfermedad", "sí", "español", "señor", "señora", "usted"),
)
