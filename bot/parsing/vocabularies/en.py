"""English: the source language, and the fallback table for every other language."""
from __future__ import annotations

from types import MappingProxyType

from bot.parsing.vocabulary import AMBIGUOUS_PESO, Vocabulary, keys, mapping, ordinals


def _numbers() -> dict[str, int]:
    units = ("zero one two three four five six seven eight nine ten eleven twelve "
             "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()
    tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()
    words = {word: value for value, word in enumerate(units)}
    words.update({word: 20 + 10 * index for index, word in enumerate(tens)})
    words.update({"hundred": 100, "fourty": 40})
    return words



VOCABULARY = Vocabulary(
    language="en",
    babel_locale="en_US",
    date_order="MDY",
    date_language="en",
    yes=keys("yes", "y", "yeah", "yea", "ya", "yep", "yup", "sure", "ok", "okay", "okey",
              "k", "correct", "right", "that's right", "true", "of course", "absolutely",
              "definitely", "affirmative", "indeed", "yes please", "i do", "i have",
              "it is", "yes it is", "that is right", "exactly"),
    no=keys("no", "n", "nope", "nah", "not really", "not at all", "no way", "never",
             "of course not", "absolutely not", "definitely not", "no thanks",
             "no thank you", "negative", "false", "i don't", "i do not", "i haven't",
             "not yet", "none"),
    numbers=mapping(_numbers()),
    number_joiners=keys("and"),
    ordinals=mapping(ordinals(
        ["first", "second", "third", "fourth/forth", "fifth", "sixth", "seventh",
         "eighth", "ninth", "tenth"],
        ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"])),
    zero_words=keys("none", "zero", "no one", "nobody", "nothing", "not any", "no"),
    all_words=keys("all", "all of them", "all of the above", "everything", "every one",
                    "each", "both"),
    list_connectors=keys("and", "plus", "also", "or"),
    choice_fillers=keys("option", "options", "number", "num", "nr", "no.", "choice",
                         "answer", "the", "is", "it", "its", "it's", "i", "choose",
                         "pick", "want", "please", "my"),
    stopwords=keys("the", "a", "an", "of", "my", "i", "it", "its", "is", "to", "in",
                    "and", "for", "on", "at", "with", "was", "am"),
    multipliers=mapping({"k": 1_000, "thousand": 1_000, "thousands": 1_000,
                          "grand": 1_000, "million": 1_000_000, "millions": 1_000_000,
                          "mil": 1_000}),
    currency_words=mapping({
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
        "skip": keys("skip", "sk1p", "skp", "skip it", "skip this", "skip this one",
                      "skip question", "skip this question", "skip that", "pass", "next",
                      "next question", "move on", "prefer not to say",
                      "i prefer not to say", "rather not say", "i'd rather not say",
                      "i would rather not say", "prefer not to answer",
                      "rather not answer", "no comment"),
        "dont_know": keys("i don't know", "i dont know", "don't know", "dont know",
                           "i do not know", "do not know", "idk", "dk", "dunno", "i dunno",
                           "not sure", "i'm not sure", "im not sure", "i am not sure",
                           "no idea", "i have no idea", "no clue", "i have no clue",
                           "unknown", "don't remember", "i don't remember",
                           "i can't remember", "cant remember", "can't remember",
                           "not known", "i'm not certain", "not certain"),
        "tell_lawyer": keys("I'd rather tell the lawyer", "id rather tell the lawyer",
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
    polite_fillers=keys("please", "pls", "plz", "thanks", "thank you", "sorry", "ok",
                         "okay", "um", "umm", "hmm", "just", "i want to", "can we",
                         "lets", "let's"),
    relative_date_words=keys("ago", "yesterday", "today", "tomorrow", "day", "days",
                              "week", "weeks", "month", "months", "year", "years", "last",
                              "next", "fortnight"),
    date_prepositions=keys("in", "since", "around", "about", "last", "early", "late",
                            "mid", "by", "until", "till", "from", "this", "next", "on",
                            "of", "before", "after", "during", "approximately", "approx",
                            "roughly", "maybe", "probably", "circa", "ca", "like"),
    openers=keys("hi", "hello", "hey", "hiya", "good morning", "good afternoon",
                 "good evening", "help", "i need help", "please help", "parole",
                 "humanitarian parole", "my", "mother", "father", "son", "daughter",
                 "denied", "the", "english", "ok", "yes", "thanks"),
    ambiguous_month_words=keys("may"),
)
