"""Haitian Creole, as Haitians text it at home and abroad: "wi", "non", "m pa konnen",
"mpa konnen", "map di avoka a", "dakò"/"dako", spellings with and without the
accents (è ò), and dates with Creole or French month names ("3 mas 2025",
"3 mars 2025"). dateparser has no Creole: the Creole month names are listed here
(``month_words``) and dates are read with dateparser's French, the language of
Haitian schooling and papers ("le 3 mars 2024", "il y a 2 semaines"), then English.
"""
from __future__ import annotations

from types import MappingProxyType

from bot.parsing.vocabulary import AMBIGUOUS_PESO, Vocabulary, keys, mapping, ordinals

# "dola ayisyen" (Haitian dollar) is a unit of account worth 5 gourdes, with no ISO
# code: it is read as an unclear currency (the "?" marker of bot/parsing/currency.py,
# as for "C$") so the applicant is asked which money, never silently given US dollars.
_UNCLEAR_CURRENCY = "?"


def _numbers() -> dict[str, int]:
    units = ("zewo en de twa kat senk sis sèt uit nèf dis onz douz trèz katòz kenz sèz "
             "disèt dizuit diznèf ven").split()
    words = {word: value for value, word in enumerate(units)}
    words.update({"zero": 0, "youn": 1, "yon": 1, "inn": 1, "wit": 8, "dizwit": 18,
                  "di set": 17, "di zuit": 18, "diz nef": 19, "venn": 20, "vent": 20,
                  "trant": 30, "trann": 30, "karant": 40, "karann": 40, "senkant": 50,
                  "senkann": 50, "swasant": 60, "swasann": 60, "swasanndis": 70,
                  "swasantdis": 70, "swasann dis": 70, "katreven": 80, "katre ven": 80,
                  "katrevendis": 90, "katreven dis": 90, "san": 100, "desan": 200,
                  "twasan": 300, "katsan": 400, "senksan": 500, "sisan": 600,
                  "sètsan": 700, "uitsan": 800, "witsan": 800, "nèfsan": 900})
    unit_forms = {1: ("eyen", "teyen", "en"), 2: ("de",), 3: ("twa",), 4: ("kat",),
                  5: ("senk",), 6: ("sis",), 7: ("sèt", "set"), 8: ("uit", "wit"),
                  9: ("nèf", "nef")}
    stems = {20: ("ven", "venn", "vent"), 30: ("trant", "trann"), 40: ("karant", "karann"),
             50: ("senkant", "senkann"), 60: ("swasant", "swasann"), 80: ("katreven",)}
    for tens, prefixes in stems.items():
        for unit, suffixes in unit_forms.items():
            for prefix in prefixes:
                for suffix in suffixes:
                    words.setdefault(prefix + suffix, tens + unit)   # "vennde", "trannsenk"
    teens = {11: "onz", 12: "douz", 13: "trèz", 14: "katòz", 15: "kenz", 16: "sèz",
             17: "disèt", 18: "dizuit", 19: "diznèf"}
    for value, teen in teens.items():
        for prefix in ("swasann", "swasant"):
            words.setdefault(prefix + teen, 60 + value)             # "swasannkenz" 75
        words.setdefault("katreven" + teen, 80 + value)             # "katrevendisèt" 97
    return words


_MONTHS = {
    # Creole names and the usual spellings, then the French names many Haitians write.
    1: "janvye janvie janvyè janvier", 2: "fevriye fevrye fevrie fevriyè février",
    3: "mas mars", 4: "avril avri", 5: "me mè mai", 6: "jen juin",
    7: "jiyè jiye juiyè juyè juillet", 8: "out dawou daou août aout",
    9: "septanm sektanm septembre", 10: "oktòb oktob octobre",
    11: "novanm novamn novembre", 12: "desanm desamn décembre",
}


VOCABULARY = Vocabulary(
    language="ht",
    babel_locale="ht",
    date_order="DMY",
    date_language="fr",
    yes=keys("wi", "oui", "ui", "wi wi", "wi msye", "wi mesye", "wi madam",
              "wi mèsi", "wi tanpri", "wi souple", "dakò", "dako", "dak", "wi dakò",
              "m dakò", "mwen dakò", "nou dakò", "oke", "okey", "se sa", "se sa menm",
              "wi se sa", "egzat", "egzakteman", "kòrèk", "se kòrèk", "se vre",
              "wi se vre", "vre", "natirèlman", "sètènman", "sèten", "absoliman",
              "wi m genyen", "wi mwen genyen", "m genyen", "mwen genyen", "genyen",
              "wi genyen", "wi gen", "wi li genyen", "li genyen", "wi nou genyen",
              "nou genyen", "wi li kapab", "li kapab", "wi li ka", "wi l ka",
              "anfòm", "ann ale", "annale", "bon bagay", "wi wi wi",
              # "non, men wi": the yes/no parser skips only English and Spanish
              # connectors, so the joined halves are listed to catch both answers.
              "men wi", "men oui"),
    no=keys("non", "nonn", "non non", "nn", "non mèsi", "non mesi", "non tanpri",
             "non pa kounye a", "pa ditou", "ditou", "pa janm", "janm", "jamè", "jame",
             "okenn", "pyès", "pa genyen", "m pa genyen", "mwen pa genyen",
             "nou pa genyen", "li pa genyen", "non li pa genyen", "non m pa genyen",
             "pa gen", "m pa gen", "mwen pa gen", "poko", "pankò", "panko", "pa ankò",
             "pa vre", "se pa vre", "se pa sa", "non se pa sa", "li pa kapab",
             "li pa ka", "l pa ka", "m pa dakò", "mwen pa dakò", "pa dakò", "anyen",
             "nanpwen", "non non non", "men non"),
    numbers=mapping(_numbers()),
    number_joiners=keys("e"),
    ordinals=mapping(ordinals(
        ["premye/premyè", "dezyèm/dezyem/dezyenm", "twazyèm/twazyem", "katriyèm/katriyem",
         "senkyèm/senkyem", "sizyèm/sizyem", "setyèm/setyem", "uityèm/uityem/wityèm",
         "nevyèm/nevyem", "dizyèm/dizyem"],
        [f"{n}e/{n}yèm/{n}yem/{n}èm/{n}em" + ("/1er/1ye" if n == 1 else "")
         for n in range(1, 11)])),
    zero_words=keys("okenn", "pyès", "zewo", "zero", "pa gen", "pa genyen", "m pa genyen",
                     "mwen pa genyen", "pèsonn", "pa gen pèsonn", "anyen", "pa gen anyen",
                     "non", "nanpwen"),
    all_words=keys("tout", "tout yo", "yo tout", "tou de", "toude", "lè de", "le de",
                    "tout sa yo", "tout bagay", "tout repons yo"),
    list_connectors=keys("ak", "avèk", "avek", "epi", "e", "plis", "oswa", "osinon", "ou"),
    choice_fillers=keys("opsyon", "nimewo", "nim", "no", "chwa", "repons", "se", "a", "an",
                         "la", "lan", "nan", "m", "mwen", "chwazi", "pran", "vle", "tanpri",
                         "souple", "pa", "pam"),
    stopwords=keys("a", "an", "la", "lan", "nan", "yo", "mwen", "m", "li", "l", "se", "ak",
                    "pou", "de", "ki", "yon", "sou", "w", "ou", "pa m", "pam"),
    multipliers=mapping({"mil": 1_000, "k": 1_000, "milyon": 1_000_000,
                          "milya": 1_000_000_000}),
    currency_words=mapping({
        "goud": "HTG", "goud ayisyen": "HTG", "gourdes": "HTG", "gourde": "HTG",
        "gdes": "HTG", "gd": "HTG",
        "dola": "USD", "dola ameriken": "USD", "dola meriken": "USD", "dola vèt": "USD",
        "dola us": "USD", "dolar": "USD", "dola kanadyen": "CAD",
        "dola kanada": "CAD", "dola ayisyen": _UNCLEAR_CURRENCY,
        "dola peyi": _UNCLEAR_CURRENCY, "dola ayiti": _UNCLEAR_CURRENCY,
        "ewo": "EUR", "euro": "EUR", "euros": "EUR",
        "pezo": AMBIGUOUS_PESO, "peso": AMBIGUOUS_PESO, "pesos": AMBIGUOUS_PESO,
        "pezo dominiken": "DOP", "peso dominiken": "DOP", "pesos dominicanos": "DOP",
        "pezo meksiken": "MXN", "pezo kiben": "CUP", "pezo kolonbyen": "COP",
        "reyal": "BRL", "reais": "BRL", "bolivar": "VES",
    }),
    control_words=MappingProxyType({
        "skip": keys("sote", "sote l", "sote li", "sote sa", "sote sa a", "sote kesyon an",
                      "sote kesyon sa a", "sote kesyon", "sote l tanpri", "m ap sote l",
                      "map sote l", "pase", "pase l", "pase kesyon sa a", "pase sou li",
                      "pwochen", "pwochen kesyon", "pwochen kesyon an", "lòt kesyon",
                      "lot kesyon", "kite l", "kite sa", "kite kesyon sa a",
                      "m pa vle reponn", "mwen pa vle reponn", "m pa vle di",
                      "mwen pa vle di", "m prefere pa di", "mwen prefere pa di",
                      "m pito pa di", "mwen pito pa di", "m pito pa reponn",
                      "m prefere pa reponn", "mwen prefere pa reponn", "pa kòmantè",
                      "san kòmantè"),
        "dont_know": keys("m pa konnen", "mwen pa konnen", "m pa konn", "mwen pa konn",
                           "mpa konnen", "mpa konn", "pa konnen", "pakonnen",
                           "m pa konnen non", "mwen pa konnen non", "m pa konn non",
                           "m pa konnen sa", "m pa konn sa", "nou pa konnen",
                           "m pa sonje", "mwen pa sonje", "mpa sonje", "m pa chonje",
                           "mwen pa chonje", "m pa fin sèten", "mwen pa fin sèten",
                           "m pa sèten", "mwen pa sèten", "m pa two sèten",
                           "m pa gen lide", "mwen pa gen lide", "m pa gen okenn lide",
                           "pa gen lide", "okenn lide", "m bliye", "mwen bliye",
                           "ki moun ki konnen", "bondye konnen", "m pa fin konnen",
                           "m pa konnen vre"),
        "tell_lawyer": keys("avoka", "avoka a", "lavoka", "pou avoka a", "se pou avoka a",
                             "sèlman avoka a", "selman avoka a", "sèl avoka a",
                             "m ap di avoka a", "map di avoka a", "m ap di avoka a sa",
                             "map di avoka a sa", "m ap di l avoka a", "m a di avoka a",
                             "ma di avoka a", "m va di avoka a", "di avoka a",
                             "m pito di avoka a", "mwen pito di avoka a",
                             "m prefere di avoka a", "mwen prefere di avoka a",
                             "mwen prefere di avoka a sa", "m prefere di avoka a sa",
                             "m ap pale ak avoka a", "map pale ak avoka a",
                             "m pito pale ak avoka a", "m prefere pale ak avoka a",
                             "ak avoka a", "se avoka a m ap di", "m ap di l dirèkteman",
                             "m ap di avoka a dirèkteman"),
    }),
    polite_fillers=keys("tanpri", "souple", "silvouplè", "silvouple", "svp", "mèsi", "mesi",
                         "mèsi anpil", "eskize m", "eskize", "padon", "oke", "ok", "bon",
                         "enben", "alò", "alo", "m vle", "mwen vle", "ebyen"),
    # Creole relative dates ("sa gen 2 semèn") are not read yet (dateparser has no
    # Creole); the French ones Haitians also write ("il y a 2 semaines") are.
    relative_date_words=keys("yè", "ayè", "avanyè", "jodi a", "jodi", "demen", "apredemen",
                              "jou", "semèn", "semenn", "mwa", "pase", "pwochen", "dènye",
                              "sa gen", "hier", "demain", "jours", "semaine", "semaines",
                              "mois", "ans", "dernier", "dernière", "prochain", "prochaine"),
    date_prepositions=keys("nan", "an", "depi", "apati", "jiska", "jis", "anvan", "apre",
                            "pandan", "vè", "ve", "kòmansman", "komansman", "mitan", "fen",
                            "finisman", "apeprè", "apepre", "petèt", "petet", "kwè", "kwe",
                            "sanble", "pwobableman", "lè", "le", "te", "m", "mwen", "se",
                            "o", "mwa", "ane", "lane", "ann", "en", "vers", "depuis"),
    openers=keys("bonjou", "bonswa", "bonjou tout moun", "bonswa tout moun", "sak pase",
                 "sa k pase", "sakpase", "kijan ou ye", "kòman ou ye", "koman ou ye",
                 "kouman ou ye", "alo", "onè", "mwen", "mwen bezwen", "m bezwen",
                 "mwen bezwen èd", "m bezwen èd", "bezwen èd", "èd", "ede", "ede m", "ede mwen",
                 "tanpri ede m", "pitit mwen", "pitit", "manman m", "manman mwen", "papa m",
                 "papa mwen", "madanm mwen", "mari m", "mari mwen", "pitit fi m",
                 "pitit gason m", "li malad", "malad", "maladi", "lopital", "doktè",
                 "tretman", "parole imanitè", "imanitè", "kreyòl", "kreyol", "ayisyen",
                 "ayiti", "tanpri", "souple", "mèsi", "mesi", "mèsi anpil", "anpil",
                 "bezwen", "kijan", "kòman", "nou bezwen", "mwen genyen", "m genyen",
                 "pou", "ki", "avèk", "kounye a", "Bondye beni w", "mwen vle",
                 "m ta renmen", "refize", "yo refize", "avoka"),
    ambiguous_month_words=keys("me", "out", "jen"),
    month_words=mapping({name: number for number, names in _MONTHS.items()
                         for name in names.split()}),
)
