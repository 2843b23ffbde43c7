"""Choice answers: the option number, the key or (part of) a label.

The engine shows options numbered in display order (SMS has no buttons), so
"2", "2.", "#2", "option 2", "dos", "second" all pick the second option. Labels
match without case or accents, exactly or by an unambiguous part: the label
inside the answer ("it's my sister"), the answer as the start of a label
("treat"), or every word of the answer starting a word of the label. An answer
that fits two options is "choice_unknown"; the engine then lists the options.
"""
from __future__ import annotations

import re
from typing import Callable, Optional, Sequence

from bot.parsing.errors import ParseError
from bot.parsing.normalize import fold, match_key
from bot.parsing.numbers import words_to_int
from bot.parsing.text import clean_text
from bot.parsing.vocabulary import Vocabulary, with_english_fallback

Options = Sequence[tuple[str, Sequence[str]]]
Labels = list[tuple[str, list[str]]]   # (key, matching keys of the key and its labels)
_MIN_PARTIAL = 3          # shortest label part or prefix that may pick an option
_STRONG_SEPARATORS = re.compile(r"[,;\n/&+]")
_RANGE = re.compile(r"^#?(\d{1,2})\s*(?:-|–|to|a|al|hasta)\s*#?(\d{1,2})$")


def _labels(options: Options) -> Labels:
    """(key, matching keys of the key and of every label) per option."""
    result = []
    for key, labels in options:
        keys = {match_key(str(key).replace("_", " "))}
        keys |= {match_key(str(label)) for label in labels}
        result.append((key, [k for k in keys if k]))
    return result


def _option_number(key: str, tables: Sequence[Vocabulary]) -> Optional[int]:
    """2 for "2", "#2", "option 2", "dos", "the second one", "la segunda opción"."""
    fillers = set().union(*(table.choice_fillers for table in tables))
    words = [word for word in key.split() if word not in fillers]
    if len(words) == 2 and words[1] in ("one", "uno", "una"):
        words = words[:1]                       # "the second one"
    if not words or len(words) > 3:
        return None
    if len(words) == 1 and words[0].isdecimal():
        return int(words[0]) if len(words[0]) <= 3 else None
    for table in tables:
        if len(words) == 1 and words[0] in table.ordinals:
            return table.ordinals[words[0]]
        value = words_to_int(words, table)
        if value is not None:
            return value
    return None


def _unique(keys: list[str]) -> Optional[str]:
    distinct = list(dict.fromkeys(keys))
    return distinct[0] if len(distinct) == 1 else None


def _contained(text: str, labels: Labels) -> Optional[str]:
    """The option whose label (longest if several) appears whole in the text."""
    hits = [(len(label), key) for key, keys in labels for label in keys
            if len(label) >= _MIN_PARTIAL and f" {label} " in f" {text} "]
    if not hits:
        return None
    longest = max(length for length, _ in hits)
    return _unique([key for length, key in hits if length == longest])


def _prefixed(text: str, labels: Labels) -> Optional[str]:
    if len(text) < _MIN_PARTIAL:
        return None
    return _unique([key for key, keys in labels for label in keys if label.startswith(text)])


def _word_prefixes(text: str, labels: Labels, stopwords: set[str]) -> Optional[str]:
    words = [word for word in text.split() if word not in stopwords] or text.split()
    if not words or any(len(word) < _MIN_PARTIAL for word in words):
        return None

    def fits(label: str) -> bool:
        label_words = label.split()
        return all(any(lw.startswith(word) for lw in label_words) for word in words)

    return _unique([key for key, keys in labels for label in keys if fits(label)])


def _match_one(piece: str, labels: Labels, tables: Sequence[Vocabulary]) -> str:
    """The key one answer (or one part of a multi-choice answer) names."""
    text = match_key(piece)
    if not text:
        raise ParseError("choice_unknown")
    exact = [key for key, keys in labels if text in keys]
    if exact:
        if len(set(exact)) > 1:
            raise ParseError("choice_unknown", reason="ambiguous")
        return exact[0]
    number = _option_number(text, tables)
    if number is not None:
        if 1 <= number <= len(labels):
            return labels[number - 1][0]
        raise ParseError("choice_unknown", reason="out_of_range", count=len(labels))
    stopwords = set().union(*(table.stopwords for table in tables))
    finders: tuple[Callable[[], Optional[str]], ...] = (
        lambda: _contained(text, labels),
        lambda: _prefixed(text, labels),
        lambda: _word_prefixes(text, labels, stopwords),
    )
    for finder in finders:
        key = finder()
        if key is not None:
            return key
    raise ParseError("choice_unknown")


def parse_choice(text: str, lang: str, options: Options) -> str:
    """The key of the option the answer names (see module doc), or "choice_unknown".

    ``options`` are (key, [labels...]) in display order; the labels should hold
    the localized label and the English one.
    """
    cleaned = clean_text(text)
    labels = _labels(options)
    if not labels:
        raise ParseError("choice_unknown")
    return _match_one(cleaned, labels, with_english_fallback(lang))


def _joined_labels(key: str, labels: Labels, tables: Sequence[Vocabulary],
                   connectors: set[str]) -> list[str]:
    """"scans and lab results": several labels joined by "and"/"y", each matching on its
    own (tried before matching the whole part, where one label would swallow the rest)."""
    if not connectors:
        return []
    pattern = r"\s+(?:" + "|".join(map(re.escape, sorted(connectors))) + r")\s+"
    pieces = [piece for piece in re.split(pattern, key) if piece]
    if len(pieces) < 2:
        return []
    try:
        keys = [_match_one(piece, labels, tables) for piece in pieces]
    except ParseError:
        return []
    return keys if len(set(keys)) == len(keys) else []


def _pieces(part: str, labels: Labels, tables: Sequence[Vocabulary]) -> list[str]:
    """Keys named by one comma-separated part: "1 and 3", "1-3", "13", a label."""
    key = match_key(part)
    span = _RANGE.match(fold(part).strip())   # before match_key turns "-" into a space
    if span:
        first, last = int(span.group(1)), int(span.group(2))
        if 1 <= first <= last <= len(labels):
            return [labels[index][0] for index in range(first - 1, last)]
    connectors = set().union(*(table.list_connectors for table in tables))
    joined = _joined_labels(key, labels, tables, connectors)
    if joined:
        return joined
    try:
        return [_match_one(part, labels, tables)]
    except ParseError:
        pass
    if key.isdecimal() and len(labels) < 10 and all(1 <= int(d) <= len(labels) for d in key):
        return [labels[int(digit) - 1][0] for digit in key]       # "13" = 1 and 3
    words = key.split()
    if len(words) > 1 and all(word.isdecimal() or word in connectors for word in words):
        return [_match_one(word, labels, tables) for word in words if word.isdecimal()]
    pattern = r"\s+(?:" + "|".join(map(re.escape, sorted(connectors))) + r")\s+"
    parts = [piece for piece in re.split(pattern, key) if piece]
    if len(parts) > 1:
        return [_match_one(piece, labels, tables) for piece in parts]
    raise ParseError("choice_unknown")


def parse_multi_choice(text: str, lang: str, options: Options) -> list[str]:
    """The keys named by "1, 3", "1 y 3", "1 and 3", "1-3" or labels joined the
    same way, de-duplicated, in display order. "all"/"todos" picks every option
    (unless an option is labelled that way); "none"/"ninguno" picks none (an empty
    list). One unknown part is "choice_unknown"
    with details item (1-based position of the part).
    """
    cleaned = clean_text(text)
    labels = _labels(options)
    if not labels:
        raise ParseError("choice_unknown")
    tables = with_english_fallback(lang)
    whole = match_key(cleaned)
    if any(whole in keys for _, keys in labels):
        return [_match_one(cleaned, labels, tables)]
    if any(whole in table.all_words for table in tables):
        return [key for key, _ in labels]
    if any(whole in table.zero_words for table in tables):
        return []    # "none" / "ninguno": a real answer, none of them applies
    chosen: set[str] = set()
    parts = [part for part in _STRONG_SEPARATORS.split(cleaned) if match_key(part)]
    for index, part in enumerate(parts, 1):
        try:
            chosen.update(_pieces(part, labels, tables))
        except ParseError as error:
            raise ParseError("choice_unknown", item=index, **error.details) from None
    if not chosen:
        raise ParseError("choice_unknown")
    return [key for key, _ in labels if key in chosen]
