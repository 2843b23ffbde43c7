"""French, as written in France, Haiti, Africa and Canada: "ouais", "nan", "jsp",
"chais pas", "je le dirai à l'avocat", "septante"/"nonante", "1 500 €", "50 000 FCFA".
Apostrophes are dropped by ``match_key`` ("l'avocat" -> "lavocat"), so phrases are
written as people type them and also with a space ("l avocat").
"""
from __future__ import annotations

from types import MappingProxyType

from bot.parsing.vocabulary import AMBIGUOUS_PESO, Vocabulary, keys, mapping, ordinals

# "dollar haïtien" is a unit of account worth 5 gourdes, with no ISO code: it is
# read as an unclear currency (the "?" marker of bot/parsing/currency.py, as for
# "C$") so the applicant is asked which money, never silently given US dollars.
_UNCLEAR_CURRENCY = "?"


def _numbers() -> dict[str, int]:
    units = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize "
             "quatorze quinze seize").split()
    words = {word: value for value, word in enumerate(units)}
    words.update({"une": 1, "zero": 0, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
                  "dixsept": 17, "dixhuit": 18, "dixneuf": 19, "vingt": 20, "vingts": 20,
                  "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
                  "septante": 70, "soixante-dix": 70, "soixante dix": 70,
                  "huitante": 80, "octante": 80, "quatre-vingt": 80, "quatre-vingts": 80,
                  "quatre vingt": 80, "quatre vingts": 80, "nonante": 90,
                  "quatre-vingt-dix": 90, "cent": 100, "cents": 100})
    teens = {11: "onze", 12: "douze", 13: "treize", 14: "quatorze", 15: "quinze",
             16: "seize", 17: "dix-sept", 18: "dix-huit", 19: "dix-neuf"}
    for value, teen in teens.items():
        words[f"soixante-{teen}"] = 60 + value                  # "soixante-quinze" 75
        words[f"quatre-vingt-{teen}"] = 80 + value              # "quatre-vingt-douze" 92
    words["soixante et onze"] = 71
    for value, unit in enumerate("un deux trois quatre cinq six sept huit neuf".split(), 1):
        words[f"quatre-vingt-{unit}"] = 80 + value              # "quatre-vingt-un" 81
    # Hyphens and spaces read alike ("dix-sept" is the phrase "dix sept").
    return {word.replace("-", " "): value for word, value in words.items()}


VOCABULARY = Vocabulary(
    language="fr",
    babel_locale="fr",
    date_order="DMY",
    date_language="fr",
    yes=keys("oui", "ouais", "ouai", "oué", "ouep", "ouaip", "ui", "si", "oui oui",
              "oui madame", "oui monsieur", "oui merci", "oui svp", "oui s'il vous plaît",
              "d'accord", "d accord", "dac", "dacc", "ok d'accord", "bien sûr",
              "bien sur", "bien sûr que oui", "évidemment", "certainement", "exactement",
              "exact", "c'est exact", "c'est ça", "cest ca", "c'est bien ça", "c'est vrai",
              "vrai", "tout à fait", "absolument", "effectivement", "voilà", "affirmatif",
              "ça marche", "ca marche", "ça va", "entendu", "parfait", "carrément",
              "mets-en", "j'ai", "oui j'ai", "oui je l'ai", "je l'ai", "oui il a",
              "oui elle a", "il en a", "elle en a", "oui nous avons", "on a",
              "oui c'est sûr", "c'est sûr", "oui il peut", "oui elle peut", "oui oui oui",
              "je suis d'accord", "j'accepte", "oui j'accepte", "pourquoi pas",
              "pas de problème", "pas de probleme", "pas de souci", "pas de soucis",
              "aucun problème", "aucun souci", "sans problème",
              # "non, mais oui": the yes/no parser skips only English and Spanish
              # connectors, so the joined halves are listed to catch both answers.
              "mais oui", "et oui", "ou oui"),
    no=keys("non", "nan", "nn", "nop", "non non", "non merci", "non madame",
             "non monsieur", "pas du tout", "absolument pas", "certainement pas",
             "bien sûr que non", "bien sur que non", "jamais", "pas encore",
             "toujours pas", "pas vraiment", "négatif", "aucun", "aucune", "faux",
             "c'est faux", "pas maintenant", "je n'ai pas", "j'ai pas", "jai pas",
             "je n'en ai pas", "j'en ai pas", "non je n'ai pas", "il n'a pas",
             "elle n'a pas", "il n'en a pas", "elle n'en a pas", "nous n'avons pas",
             "on n'a pas", "on a pas", "pas de", "non il ne peut pas",
             "il ne peut pas", "elle ne peut pas", "je ne suis pas d'accord",
             "pas d'accord", "je refuse", "hors de question", "non pas du tout",
             "rien", "non rien", "mais non", "et non", "ou non"),
    numbers=mapping(_numbers()),
    number_joiners=keys("et"),
    ordinals=mapping(ordinals(
        ["premier/première/premiere", "deuxième/deuxieme/second/seconde/deuxième",
         "troisième/troisieme", "quatrième/quatrieme", "cinquième/cinquieme",
         "sixième/sixieme", "septième/septieme", "huitième/huitieme", "neuvième/neuvieme",
         "dixième/dixieme"],
        [f"{n}e/{n}è/{n}ème/{n}eme/{n}em/{n}ième" + ("/1er/1re/1ère/1ere" if n == 1 else "")
         + ("/2nd/2nde/2d" if n == 2 else "") for n in range(1, 11)])),
    zero_words=keys("aucun", "aucune", "zéro", "zero", "personne", "rien", "pas un",
                     "pas une", "je n'en ai pas", "j'en ai pas", "il n'y en a pas",
                     "y en a pas", "non", "aucun enfant", "pas d'enfant"),
    all_words=keys("tous", "toutes", "tout", "tous les deux", "toutes les deux", "les deux",
                    "toutes les réponses", "tout ça", "tout cela", "tous ceux-là",
                    "toutes les options", "l'ensemble"),
    list_connectors=keys("et", "plus", "aussi", "ou", "puis", "avec"),
    choice_fillers=keys("option", "loption", "options", "numéro", "numero", "num", "no", "n",
                         "nº", "le", "la", "l", "les", "c'est", "cest", "est", "je", "j",
                         "choisis", "choisi", "prends", "veux", "voudrais", "svp", "stp",
                         "mon", "ma", "réponse", "reponse", "choix", "celle", "celui",
                         "ci", "plutôt", "plutot"),
    stopwords=keys("le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "mon", "ma",
                    "mes", "est", "et", "en", "à", "au", "aux", "pour", "par", "avec", "que",
                    "qui", "je", "j", "c", "ce", "sur", "dans", "son", "sa", "ses", "il",
                    "elle", "suis"),
    multipliers=mapping({"mille": 1_000, "mil": 1_000, "milles": 1_000, "k": 1_000,
                          "million": 1_000_000, "millions": 1_000_000,
                          "milliard": 1_000_000_000, "milliards": 1_000_000_000}),
    currency_words=mapping({
        "dollar": "USD", "dollars": "USD", "dollar américain": "USD",
        "dollars américains": "USD", "dollars us": "USD", "dollars des états-unis": "USD",
        "dollar us": "USD", "dollars canadiens": "CAD", "dollar canadien": "CAD",
        "dollar haïtien": _UNCLEAR_CURRENCY, "dollars haïtiens": _UNCLEAR_CURRENCY,
        "euro": "EUR", "euros": "EUR",
        "gourde": "HTG", "gourdes": "HTG", "gdes": "HTG",
        # "franc CFA" alone is read as the West African franc (XOF); the Central African
        # franc (XAF, Cameroon, Gabon, Congo...) has the same value and needs "BEAC"/"XAF".
        "franc cfa": "XOF", "francs cfa": "XOF", "fcfa": "XOF", "f cfa": "XOF",
        "cfa": "XOF", "franc cfa bceao": "XOF", "francs cfa bceao": "XOF",
        "fcfa bceao": "XOF", "franc cfa beac": "XAF", "francs cfa beac": "XAF",
        "fcfa beac": "XAF", "xaf": "XAF", "xof": "XOF",
        "franc congolais": "CDF", "francs congolais": "CDF", "fc": "CDF",
        "franc guinéen": "GNF", "francs guinéens": "GNF", "gnf": "GNF",
        "franc burundais": "BIF", "francs burundais": "BIF",
        "franc rwandais": "RWF", "francs rwandais": "RWF",
        "franc suisse": "CHF", "francs suisses": "CHF",
        "ariary": "MGA", "dirham": "MAD", "dirhams": "MAD",
        "dinar algérien": "DZD", "dinars algériens": "DZD", "dinars tunisiens": "TND",
        "livre": "GBP", "livres": "GBP", "livres sterling": "GBP",
        "peso": AMBIGUOUS_PESO, "pesos": AMBIGUOUS_PESO,
        "pesos dominicains": "DOP", "peso dominicain": "DOP",
        "pesos mexicains": "MXN", "peso mexicain": "MXN",
        "pesos colombiens": "COP", "pesos cubains": "CUP",
        "réais": "BRL", "reais": "BRL", "réal": "BRL", "bolivars": "VES",
        "hryvnias": "UAH", "afghanis": "AFN",
    }),
    control_words=MappingProxyType({
        "skip": keys("passer", "passe", "je passe", "on passe", "passons", "passer la question",
                      "passer cette question", "passe cette question", "je passe cette question",
                      "passer à la suivante", "passe à la suivante", "suivante", "la suivante",
                      "question suivante", "suivant", "prochaine question", "sauter",
                      "saute", "sauter la question", "sauter cette question",
                      "je préfère ne pas répondre", "je préfère ne pas le dire",
                      "je préfère ne pas dire", "je prefere pas repondre",
                      "je préfère pas répondre", "je ne veux pas répondre",
                      "je veux pas répondre", "je ne souhaite pas répondre",
                      "pas de réponse", "sans commentaire", "aucun commentaire",
                      "ignorer", "ignorer cette question", "laisser vide"),
        "dont_know": keys("je ne sais pas", "je sais pas", "j'sais pas", "jsais pas",
                           "jsp", "je sé pas", "chais pas", "chai pas", "ché pas", "chépa",
                           "sais pas", "sé pas", "ne sais pas", "je ne sais plus",
                           "je sais plus", "je ne sais pas trop", "je sais pas trop",
                           "aucune idée", "aucune idee", "pas d'idée", "j'en sais rien",
                           "je n'en sais rien", "je ne me souviens pas",
                           "je me souviens pas", "je ne me souviens plus",
                           "je me souviens plus", "je ne me rappelle pas",
                           "je me rappelle pas", "je ne me rappelle plus",
                           "je ne suis pas sûr", "je ne suis pas sûre", "je suis pas sûr",
                           "je suis pas sûre", "pas sûr", "pas sûre", "pas certain",
                           "pas certaine", "j'ai oublié", "jai oublie",
                           "nous ne savons pas", "on ne sait pas", "on sait pas",
                           "personne ne sait", "inconnu", "je ne connais pas"),
        "tell_lawyer": keys("avocat", "avocate", "l'avocat", "l avocat", "l'avocate",
                             "à l'avocat", "a l avocat", "à l'avocate", "pour l'avocat",
                             "pour l avocat", "seulement à l'avocat", "juste à l'avocat",
                             "directement à l'avocat", "avec l'avocat",
                             "je le dirai à l'avocat", "je le dirai a l avocat",
                             "je le dirai directement à l'avocat",
                             "je vais le dire à l'avocat", "je le dis à l'avocat",
                             "je dirai ça à l'avocat", "je dirai à l'avocat",
                             "je préfère le dire à l'avocat", "je prefere le dire a l avocat",
                             "je préfère le dire directement à l'avocat",
                             "je préfère en parler à l'avocat", "je préfère parler à l'avocat",
                             "je vais en parler à l'avocat", "je vais en parler avec l'avocat",
                             "je préfère en parler avec l'avocat",
                             "je le dirai à l'avocate", "je préfère le dire à l'avocate",
                             "c'est pour l'avocat", "réservé à l'avocat"),
    }),
    polite_fillers=keys("s'il vous plaît", "s'il vous plait", "s il vous plait",
                         "s'il te plaît", "svp", "stp", "merci", "merci beaucoup", "pardon",
                         "désolé", "désolée", "excusez-moi", "excusez moi", "ok", "okay",
                         "euh", "heu", "hmm", "bon", "ben", "alors", "bah", "je veux",
                         "je voudrais", "plutôt", "plutot", "juste"),
    relative_date_words=keys("hier", "avant-hier", "aujourd'hui", "demain", "après-demain",
                              "jour", "jours", "semaine", "semaines", "mois", "an", "ans",
                              "lan", "année", "années", "dernier", "dernière", "passé",
                              "passée", "prochain", "prochaine", "quinzaine"),
    date_prepositions=keys("en", "depuis", "vers", "environ", "à", "a", "au", "le", "la", "l",
                            "du", "de", "début", "debut", "mi", "fin", "avant", "après",
                            "apres", "pendant", "jusqu'à", "jusqua", "dès", "des", "peut-être",
                            "peut", "etre", "probablement", "je", "crois", "pense", "que",
                            "c'était", "cetait", "autour", "courant", "aux", "alentours",
                            "approximativement", "approx", "à peu près", "presque", "mois",
                            "dans"),
    openers=keys("bonjour", "bonsoir", "salut", "coucou", "allô", "bjr", "bsr", "slt",
                 "bonjour madame", "bonjour monsieur", "bonjour à vous", "bonne journée",
                 "j'ai besoin d'aide", "besoin d'aide", "j'ai besoin", "aidez-moi",
                 "aidez moi", "je", "j'ai", "jai", "je suis", "vous", "est", "c'est",
                 "pour", "avec", "mon fils", "ma fille", "ma mère", "mon père", "ma femme",
                 "mon mari", "mon enfant", "ma sœur", "mon frère", "fils", "fille", "mère",
                 "père", "enfant", "je voudrais", "je veux", "s'il vous plaît", "svp",
                 "merci", "merci beaucoup", "parole humanitaire", "médecin", "maladie",
                 "traitement", "hôpital", "refusé", "refusée", "français", "francais",
                 "comment allez-vous", "il est malade", "elle est malade", "malade",
                 "besoin", "aide", "pas", "oui"),
)
