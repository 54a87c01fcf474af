"""Guessing whether a post is Dutch or English, from its function words.

Posts are short and mix languages ("Super trots op onze klas! #proud"), so we count the small words
that carry grammar, which every sentence has, rather than content words. Dutch wins ties: the
school's posts are Dutch first.
"""

from __future__ import annotations

import re

_DUTCH = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "in",
        "op",
        "is",
        "dat",
        "die",
        "niet",
        "met",
        "voor",
        "zijn",
        "er",
        "te",
        "ook",
        "aan",
        "om",
        "als",
        "maar",
        "bij",
        "nog",
        "wel",
        "dan",
        "naar",
        "uit",
        "ik",
        "je",
        "jij",
        "we",
        "wij",
        "ze",
        "zij",
        "hij",
        "mijn",
        "onze",
        "ons",
        "jullie",
        "heb",
        "hebben",
        "heeft",
        "was",
        "waren",
        "wordt",
        "worden",
        "kan",
        "kunnen",
        "moet",
        "moeten",
        "zal",
        "zou",
        "deze",
        "dit",
        "geen",
        "meer",
        "veel",
        "nu",
        "al",
        "wat",
        "wie",
        "waar",
        "hoe",
        "omdat",
        "alle",
        "allemaal",
        "zo",
        "waarom",
        "of",
        "hun",
        "hen",
        "niks",
        "niets",
        "nooit",
        "gewoon",
        "echt",
        "toch",
        "zich",
        "ben",
        "bent",
        "zouden",
        "mogen",
        "mag",
        "heel",
        "hem",
        "haar",
        "mij",
        "jou",
        "wil",
        "wordt",
        "vind",
    ]
)
_ENGLISH = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "of",
        "in",
        "on",
        "is",
        "that",
        "this",
        "it",
        "not",
        "with",
        "for",
        "are",
        "be",
        "to",
        "also",
        "at",
        "as",
        "but",
        "by",
        "still",
        "then",
        "from",
        "i",
        "you",
        "we",
        "they",
        "he",
        "she",
        "my",
        "our",
        "us",
        "your",
        "have",
        "has",
        "had",
        "was",
        "were",
        "will",
        "would",
        "can",
        "could",
        "should",
        "must",
        "these",
        "those",
        "no",
        "more",
        "many",
        "now",
        "what",
        "who",
        "where",
        "how",
        "because",
        "there",
        "their",
        "them",
        "do",
        "does",
        "did",
        "all",
        "just",
        "so",
        "why",
        "if",
        "or",
        "than",
        "every",
        "any",
        "some",
        "don",
        "aren",
        "isn",
        "won",
        "am",
        "been",
        "here",
        "very",
        "only",
        "about",
        "into",
        "out",
        "when",
        "which",
        "nothing",
        "never",
        "him",
        "her",
        "think",
        "people",
    ]
)
_WORD = re.compile(r"[a-zA-Z]+")


def detect_language(text: str) -> str:
    dutch = english = 0
    words = _WORD.findall(text.lower())
    for word in words:
        if word in _DUTCH:
            dutch += 1
        if word in _ENGLISH:
            english += 1
    if dutch == english:
        # A short post may have no function word or one of each ("Black people disgust me."): then
        # the words only one language's dictionary knows decide.
        dutch, english = _content_evidence(words)
    return "en" if english > dutch else "nl"


# Words that prove nothing: Dutch formal `u` is English chat for `you` ("I hope u die").
_EITHER = frozenset(["u", "r", "n"])


def _content_evidence(words: list[str]) -> tuple[int, int]:
    from clusius_check.text.pipeline import words_of

    dutch_words, english_words = words_of("nl"), words_of("en")
    words = [word for word in words if word not in _EITHER]
    dutch = sum(1 for word in words if word in dutch_words and word not in english_words)
    english = sum(1 for word in words if word in english_words and word not in dutch_words)
    return dutch, english
